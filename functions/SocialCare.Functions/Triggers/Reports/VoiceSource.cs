using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>Reads the complaints and negative messages of a week and the week before, and builds the voice of the customer.</summary>
public sealed class VoiceSource(IConversationStore conversations)
{
    /// <summary>At most this many negative cases are read per report (their messages are read one case at a time).</summary>
    public const int MaxConversations = 3000;

    public async Task<VoiceReport> BuildAsync(string week, DateTimeOffset from, DateTimeOffset to, string? channelId, CancellationToken cancellationToken)
    {
        var texts = new List<VoiceText>();
        var read = 0;
        await foreach (var c in conversations.EnumerateAsync(new ConversationQuery(ChannelId: channelId, Limit: 1000), cancellationToken))
        {
            // A case started before the previous week may still hold messages of these two weeks.
            if (c.Classification?.IsNegative != true || c.LastMessageAt < from.AddDays(-7) || c.CreatedAt >= to) continue;
            if (++read > MaxConversations) break;
            foreach (var m in await conversations.GetMessagesAsync(c.Id, cancellationToken))
            {
                if (m.Direction == MessageDirection.Inbound && m.At >= from.AddDays(-7) && m.At < to && !string.IsNullOrWhiteSpace(m.Text)) texts.Add(new VoiceText(c.ChannelId, m.Text, m.At));
            }
        }
        return VoiceOfCustomer.Build(week, from, to, texts);
    }
}
