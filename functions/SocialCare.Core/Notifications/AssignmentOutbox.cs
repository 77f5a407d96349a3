using Microsoft.Extensions.Logging;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Notifications;

/// <summary>
/// The outbox of "assigned to you" notices. An assignment is stored with its notice owed
/// (<see cref="Conversation.OwnerNoticeOwed"/>, in the same write as the owner); whoever assigned sends it right after
/// (<see cref="SendOwedAsync"/>); Notify clears it once delivered (<see cref="MarkSentAsync"/>); and SlaWatch's sweep
/// sends again whatever is still owed <see cref="RelayAfter"/> after the assignment (<see cref="Overdue"/>): a send that
/// failed, or a process that died between the write and the send, delays the notice instead of losing it. Every copy
/// carries the assignment's id, so Notify delivers it once.
/// </summary>
public sealed partial class AssignmentOutbox(IConversationStore store, IQueueSender queue, ILogger<AssignmentOutbox> logger)
{
    private readonly ConversationUpdater updater = new(store);

    /// <summary>Long enough for Route's own copy to be through a busy notify queue, short enough to be "at once" for a person.</summary>
    public static readonly TimeSpan RelayAfter = TimeSpan.FromMinutes(2);

    /// <summary>The notice an open conversation owes its owner, or null.</summary>
    public static NotifyMessage? Owed(Conversation c) =>
        c is { OwnerNoticeOwed: true, Assignee: { } agentId } && c.Status != ConversationStatus.Resolved
            ? NotifyMessages.Assigned(c.Id, agentId, c.AssignedAt)
            : null;

    /// <summary>
    /// How long the sweep keeps sending a notice Notify could not deliver: a copy a minute until then (each one
    /// delivered once at most), after which the owner learns of the case from its SLA breaches and the inbox.
    /// </summary>
    public static readonly TimeSpan RelayFor = TimeSpan.FromDays(1);

    /// <summary>The notice still owed <see cref="RelayAfter"/> after the assignment (and within <see cref="RelayFor"/>), for the sweep to send again.</summary>
    public static NotifyMessage? Overdue(Conversation c, DateTimeOffset now) =>
        Owed(c) is { } owed && c.AssignedAt is { } at && now - at >= RelayAfter && now - at < RelayFor ? owed : null;

    /// <summary>
    /// Right after assignments are stored: sends the notices their conversations owe. A failure is logged, not thrown:
    /// the assignment is stored and owes its notice, which the sweep sends.
    /// </summary>
    public async Task SendOwedAsync(IEnumerable<Assignment> assignments, CancellationToken cancellationToken)
    {
        foreach (var conversationId in assignments.Select(a => a.ConversationId).Distinct())
        {
            try
            {
                var found = await store.GetAsync(conversationId, cancellationToken);
                if (found is not null && Owed(found.Value) is { } owed) await queue.SendAsync(QueueNames.Notify, NotifyMessages.ToOutgoing(owed), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, conversationId, RelayAfter);
            }
        }
    }

    /// <summary>Once a notice was delivered: its conversation no longer owes it (unless reassigned since, when it owes the new one).</summary>
    public async Task MarkSentAsync(NotifyMessage delivered, CancellationToken cancellationToken)
    {
        if (delivered is not { Kind: NotificationKind.Assigned, ConversationId: { } conversationId }) return;
        await updater.UpdateAsync(conversationId, c => Task.FromResult(
            c is { OwnerNoticeOwed: true, Assignee: { } agentId } && NotifyMessages.Assigned(c.Id, agentId, c.AssignedAt).NotificationId == delivered.NotificationId
                ? new ConversationUpdater.Change(c with { OwnerNoticeOwed = false })
                : null), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The assignment notice of {ConversationId} could not be queued; the outbox sweep sends it after {RelayAfter}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string conversationId, TimeSpan relayAfter);
}
