namespace SocialCare.Core.Agents;

/// <summary>
/// A moderation action taken on a conversation: what, on which message, by whom, why, and whether the platform took it.
/// <see cref="Key"/> is the agent's idempotency key, so a retried request is recorded once.
/// </summary>
public sealed record ModerationRecord(string Action, string? MessageId, string? AgentId, string Reason, DateTimeOffset At, bool Succeeded, string? Error = null, string? Key = null);
