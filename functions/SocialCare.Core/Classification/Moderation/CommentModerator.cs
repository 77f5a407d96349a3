using SocialCare.Core.Events;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Core.Classification.Moderation;

/// <summary>
/// Applies the channel's house rules to one classified event: counts the author's earlier abusive comments, decides
/// with <see cref="ModerationPolicy"/> and, in mode "act", carries the verdict out through the platform publisher,
/// each step once per event (keyed by the event id), so a redelivered Classify publishes nothing a second time.
/// </summary>
public sealed class CommentModerator(IModerationRulesStore rulesStore, IAbuseHistory history, OncePublisher publishers, TimeProvider time)
{
    public async Task<ModerationVerdict?> ModerateAsync(InboundEvent e, Classification classification, CancellationToken cancellationToken)
    {
        // Only what a customer just wrote is moderated: edits, removals and the brand's own posts are left alone.
        if (e.Action != EventAction.Created || e.FromBrand) return classification.Moderation;
        var rules = await rulesStore.GetAsync(e.ChannelId, cancellationToken) ?? ModerationRules.Default;
        var prior = ModerationPolicy.IsAbusive(classification) && !e.Kind.IsPrivate()
            ? await PriorAbusiveAsync(e, rules, cancellationToken)
            : 0;
        var verdict = ModerationPolicy.Decide(classification, e.Kind, rules, prior);
        if (ModerationPolicy.IsAbusive(classification) && !e.Kind.IsPrivate())
        {
            await history.RecordAsync(e.ChannelId, new AbusiveComment(e.Author.Id, e.EventId, time.GetUtcNow()), cancellationToken);
        }
        if (verdict.Action is null || !rules.ActsAutomatically) return verdict;
        return await CarryOutAsync(e, verdict, cancellationToken);
    }

    private async Task<int> PriorAbusiveAsync(InboundEvent e, ModerationRules rules, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = await history.ListAsync(e.ChannelId, e.Author.Id, now - rules.Window, cancellationToken);
        // The event itself may already be stored by an earlier delivery: it never counts as its own predecessor.
        return ModerationPolicy.CountInWindow(earlier.Where(c => c.EventId != e.EventId).Select(c => c.At), now, rules);
    }

    private async Task<ModerationVerdict> CarryOutAsync(InboundEvent e, ModerationVerdict verdict, CancellationToken cancellationToken)
    {
        var steps = verdict.Action == ModerationActions.DeleteAndBlock
            ? new[]
            {
                new PublishRequest(e.ChannelId, PublishAction.Delete, null, InReplyTo: e.RawEventId),
                new PublishRequest(e.ChannelId, PublishAction.Block, null, TargetUserId: e.Author.Id),
            }
            : [new PublishRequest(e.ChannelId, PublishAction.Hide, null, InReplyTo: e.RawEventId)];
        var refusals = new List<string>();
        foreach (var step in steps)
        {
            var (result, _) = await publishers.PublishAsync(StepKey(e, step), step, cancellationToken);
            if (result.Succeeded) continue;
            if (!result.IsRefusal()) throw new ModerationPublishException($"{step.Action.WireName()} on {e.ChannelId} failed ({result.PlatformStatus}): {result.Error}");
            refusals.Add(result.Recorded ? $"{step.Action.WireName()} {result.Error}" : $"{step.Action.WireName()} refused by the platform: {result.Error}");
        }
        return refusals.Count == 0 ? verdict : verdict with { Reason = $"{verdict.Reason}; {string.Join("; ", refusals)}" };
    }

    /// <summary>The claim key of one moderation step: a pure function of the event and the step.</summary>
    public static string StepKey(InboundEvent e, PublishRequest step) => $"moderation:{e.EventId}:{step.Action.WireName()}";
}
