namespace SocialCare.Functions.Routing;

/// <summary>POST …/reply body.</summary>
public sealed record ReplyRequest(string? AgentId, string? Text, bool Force = false, string? InReplyTo = null, bool Private = false);
