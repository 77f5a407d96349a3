namespace SocialCare.Core.Routing;

/// <summary>The last conversation and agent of a customer on a channel, so a new thread still reaches the same agent.</summary>
public sealed record CustomerOwner(string ChannelId, string CustomerId, string ConversationId, string? AgentId, DateTimeOffset At);
