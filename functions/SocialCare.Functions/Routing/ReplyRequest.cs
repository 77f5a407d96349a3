namespace SocialCare.Functions.Routing;

/// <summary>POST …/reply body.</summary>
public sealed record ReplyRequest(string? AgentId, string? Text, bool Force = false);
