using SocialCare.Core.Hours;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Replies;

/// <summary>Reads what <see cref="ReplySuggester"/> needs for one case: the thread, who answers, the channel's schedule, the saved replies.</summary>
public sealed class ReplyAssistant(IConversationStore store, ITeamDirectory directory, IScheduleStore schedules, ISavedReplies saved, TimeProvider time)
{
    /// <param name="agentId">Who answers; the owner when null.</param>
    /// <returns>The suggestions, or null when there is no such conversation.</returns>
    public async Task<IReadOnlyList<Suggestion>?> SuggestAsync(string conversationId, string? agentId, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null) return null;
        var c = found.Value;
        var messages = await store.GetMessagesAsync(conversationId, cancellationToken);
        var agent = (agentId ?? c.Assignee) is { } id ? await directory.GetAgentAsync(id, cancellationToken) : null;
        var schedule = await schedules.GetAsync(c.ChannelId, cancellationToken) ?? ChannelSchedule.Default();
        return ReplySuggester.For(c, messages, agent?.Name, schedule, await saved.ListAsync(cancellationToken), time.GetUtcNow());
    }
}
