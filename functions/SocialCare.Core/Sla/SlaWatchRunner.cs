using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Sla;

/// <summary>
/// One run of the SLA watch over the open conversations: each clock that ran out is recorded on its conversation (with
/// the version read, so two runs never both claim it) and raises one SlaBreach notice; a breach raises the priority,
/// which may give the conversation an owner. The same pass is the <see cref="AssignmentOutbox"/>'s sweep: an
/// assignment notice still owed after <see cref="AssignmentOutbox.RelayAfter"/> is sent again.
/// </summary>
public sealed class SlaWatchRunner(IConversationStore store, ConversationRouter router, TimeProvider time)
{
    private readonly ConversationUpdater updater = new(store);

    public async Task<SlaWatchRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var breaches = new List<RaisedBreach>();
        var owed = new List<NotifyMessage>();
        await foreach (var candidate in store.EnumerateAsync(new ConversationQuery(Status: "open", Limit: 200), cancellationToken))
        {
            var claimed = SlaBreach.Pending(candidate, now).Count == 0 ? [] : await ClaimAsync(candidate.Id, now, cancellationToken);
            breaches.AddRange(claimed.Select(b => new RaisedBreach(candidate.Id, b)));
            var current = candidate;
            if (claimed.Count > 0)
            {
                // A customer kept waiting past an SLA is raised in priority, and may get an owner: told at once.
                var settlement = await router.SettleAsync(candidate.Id, cancellationToken);
                if (settlement is null) continue;
                if (settlement.Assigned is not null && AssignmentOutbox.Owed(settlement.Conversation) is { } assigned)
                {
                    owed.Add(assigned);
                    continue;
                }
                current = settlement.Conversation;
            }
            if (AssignmentOutbox.Overdue(current, now) is { } overdue) owed.Add(overdue);
        }
        return new SlaWatchRun(breaches, owed);
    }

    private async Task<IReadOnlyList<SlaBreach>> ClaimAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (_, claimed) = await updater.UpdateAsync(conversationId, c =>
        {
            var pending = SlaBreach.Pending(c, now);
            var change = pending.Count == 0 ? null : new ConversationUpdater.Change(c with { SlaBreaches = [.. c.SlaBreaches ?? [], .. pending.Select(b => b.Key)] });
            return Task.FromResult((change, pending));
        }, cancellationToken);
        return claimed ?? [];
    }
}

/// <summary>A breach recorded by this run, with its conversation.</summary>
public sealed record RaisedBreach(string ConversationId, SlaBreach Breach)
{
    public NotifyMessage Notice => NotifyMessages.SlaBreach(ConversationId, Breach.Kind, Breach.Key);
}

/// <summary>What one SLA watch run raised, and the assignment notices it sends (new ones, and owed ones sent again).</summary>
public sealed record SlaWatchRun(IReadOnlyList<RaisedBreach> Breaches, IReadOnlyList<NotifyMessage> AssignmentNotices);
