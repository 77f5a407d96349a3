namespace SocialCare.Functions.Routing;

/// <summary>POST …/assign body.</summary>
public sealed record AssignRequest(string? AgentId);
