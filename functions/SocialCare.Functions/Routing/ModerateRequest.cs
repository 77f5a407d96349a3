namespace SocialCare.Functions.Routing;

/// <summary>POST …/moderate body.</summary>
public sealed record ModerateRequest(string? Action, string? MessageId = null, string? AgentId = null, string? Reason = null);
