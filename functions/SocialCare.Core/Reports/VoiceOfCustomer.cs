using System.Globalization;
using System.Text.RegularExpressions;
using SocialCare.Core.Crisis;

namespace SocialCare.Core.Reports;

/// <summary>A customer's complaint or negative message, as the voice of the customer reads it.</summary>
public sealed record VoiceText(string ChannelId, string Text, DateTimeOffset At);

/// <summary>A phrase that recurred on a channel in the week: in how many messages, in how many the week before, and up to three of them.</summary>
public sealed record VoiceTopic(string ChannelId, string Phrase, int Count, int PreviousWeek, IReadOnlyList<string> Examples);

public sealed record VoiceReport(string Week, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<VoiceTopic> Topics);

/// <summary>
/// The week's recurring complaint phrases per channel, found as the crisis detector finds what a wave is about
/// (<see cref="TopPhrases"/>: recurring word pairs, else words, without function words), each counted in this week's and
/// the previous week's messages, with examples. Complaints are product feedback: this is what the team reads on Monday.
/// </summary>
public static partial class VoiceOfCustomer
{
    public const int TopicsPerChannel = 5;
    public const int Examples = 3;

    public static VoiceReport Build(string week, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<VoiceText> texts)
    {
        var previousFrom = from.AddDays(-7);
        var topics = new List<VoiceTopic>();
        foreach (var channel in texts.Where(t => t.At >= from && t.At < to).GroupBy(t => t.ChannelId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var now = channel.OrderBy(t => t.At).ToList();
            var before = texts.Where(t => t.ChannelId == channel.Key && t.At >= previousFrom && t.At < from).Select(t => Padded(t.Text)).ToList();
            var words = now.Select(t => Padded(t.Text)).ToList();
            foreach (var phrase in TopPhrases.Of(now.Select(t => t.Text), TopicsPerChannel))
            {
                var needle = $" {phrase} ";
                var count = words.Count(w => w.Contains(needle, StringComparison.Ordinal));
                if (count < 2) continue; // one message is not a recurring topic
                var examples = now.Where((t, i) => words[i].Contains(needle, StringComparison.Ordinal)).Take(Examples).Select(t => Notifications.ConversationEmail.Shorten(t.Text, 280)).ToList();
                topics.Add(new VoiceTopic(channel.Key, phrase, count, before.Count(w => w.Contains(needle, StringComparison.Ordinal)), examples));
            }
        }
        return new VoiceReport(week, from, to, [.. topics.OrderByDescending(t => t.Count).ThenBy(t => t.ChannelId, StringComparer.Ordinal).ThenBy(t => t.Phrase, StringComparer.Ordinal)]);
    }

    /// <summary>The UTC Monday-to-Monday span of an ISO week "2026-W48", or null when the text is not one.</summary>
    public static (DateTimeOffset From, DateTimeOffset To)? Week(string? text)
    {
        if (text is null || WeekPattern().Match(text) is not { Success: true } m) return null;
        var (year, week) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        var monday = new DateTimeOffset(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday), TimeSpan.Zero);
        return (monday, monday.AddDays(7));
    }

    private static string Padded(string text) => $" {TopPhrases.Words(text)} ";

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();
}
