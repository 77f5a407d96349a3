using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Core.Routing;

/// <summary>
/// One automatic, localized answer to a private message that arrives while the channel is closed, at most once per
/// conversation per closed period: the period is claimed on the conversation (with its version) before sending.
/// Public comments never get automatic replies, and neither does a case an agent is working after hours (they
/// replied in the last <see cref="AgentAtWork"/>): the customer is talking to a person.
/// </summary>
public sealed class AfterHoursReplier(IConversationStore store, IScheduleStore schedules, ChannelPublishers publishers, TimeProvider time)
{
    public static readonly TimeSpan AgentAtWork = TimeSpan.FromMinutes(30);

    private readonly ConversationUpdater updater = new(store);

    /// <returns>The text sent, or null when nothing was sent.</returns>
    public async Task<string?> AnswerAsync(string conversationId, InboundEvent e, CancellationToken cancellationToken, string? customerLanguage = null)
    {
        if (!e.Kind.IsPrivate() || e.FromBrand || e.Action != EventAction.Created) return null;
        var schedule = await schedules.GetAsync(e.ChannelId, cancellationToken) ?? ChannelSchedule.Default();
        var now = time.GetUtcNow();
        var status = new OpeningHours(schedule).Status(now);
        if (status.Open || status.OpensAt is not { } opensAt) return null;
        var text = AfterHoursAnswer.For(schedule, now, customerLanguage);
        if (text is null) return null;

        var claimed = false;
        await updater.UpdateAsync(conversationId, c =>
        {
            claimed = c.AfterHoursAnsweredFor != opensAt && !(c.LastResponseAt is { } replied && now - replied < AgentAtWork);
            return Task.FromResult(claimed ? new ConversationUpdater.Change(c with { AfterHoursAnsweredFor = opensAt }) : null);
        }, cancellationToken);
        if (!claimed) return null;

        var request = new PublishRequest(e.ChannelId, PublishAction.Dm, text, InReplyTo: e.RawEventId, TargetUserId: e.Author.Id,
            ConversationId: conversationId, LastCustomerMessageAt: e.CreatedAt, ThreadKey: e.ConversationKey);
        var result = await publishers.PublishAsync(request, cancellationToken);
        // Shown in the conversation, but an automatic answer is not a response: no clock stops. One the platform did
        // not take is shown too, as not delivered, so the agent knows the customer has not heard from the brand.
        var message = new ConversationMessage($"after-hours:{opensAt.UtcTicks}", MessageDirection.Outbound, text, now, EventKind.DirectMessage,
            "auto", "after-hours answer", PlatformMessageId: result.PlatformId, DeliveryError: result.Succeeded ? null : result.Error ?? "the platform refused the answer");
        await updater.UpdateAsync(conversationId, c => Task.FromResult<ConversationUpdater.Change?>(new(c with { MessageCount = c.MessageCount + 1 }, [message])), cancellationToken);
        return result.Succeeded ? text : null;
    }
}
