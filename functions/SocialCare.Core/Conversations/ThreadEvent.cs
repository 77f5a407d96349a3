using SocialCare.Core.Events;

namespace SocialCare.Core.Conversations;

/// <summary>A line in the thread saying what happened to the case, and who did it (null: the system, e.g. routing).</summary>
public static class ThreadEvent
{
    public static ConversationMessage Of(string text, DateTimeOffset at, string? agentId = null, string? agentName = null) =>
        new($"event:{Guid.CreateVersion7(at):N}", MessageDirection.Event, text, at, EventKind.Note, agentId ?? "system", agentName ?? "SocialCare", AgentId: agentId);
}
