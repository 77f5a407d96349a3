namespace SocialCare.Core.Agents;

/// <summary>A moderation action taken on a conversation: what, on which message, by whom, why, and whether the platform took it.</summary>
public sealed record ModerationRecord(string Action, string? MessageId, string? AgentId, string Reason, DateTimeOffset At, bool Succeeded, string? Error = null);
