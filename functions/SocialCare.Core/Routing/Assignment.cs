namespace SocialCare.Core.Routing;

/// <summary>A conversation got an owner: who, and whether it came from the backlog.</summary>
public sealed record Assignment(string ConversationId, string AgentId, bool FromBacklog);
