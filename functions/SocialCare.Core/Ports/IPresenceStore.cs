namespace SocialCare.Core.Ports;

/// <summary>An agent who had a conversation open, last seen at <see cref="At"/>.</summary>
public sealed record Presence(string AgentId, string AgentName, DateTimeOffset At);

/// <summary>Who has a conversation open: each open page says so every few seconds; one row per agent and conversation.</summary>
public interface IPresenceStore
{
    Task SeenAsync(string conversationId, Presence presence, CancellationToken cancellationToken);

    Task<IReadOnlyList<Presence>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
