using System.Globalization;
using SocialCare.Core.Crisis;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>The crisis alert: how many, how far above normal, what people say, and the worst examples to open.</summary>
public static class CrisisNotice
{
    public const int ExampleLength = 280;
    public const int MaxExamples = 5;

    /// <summary>
    /// The notification id of one stage of an episode: opened, each doubling of the count, closed. An update is a
    /// new id, so it is sent; a redelivery of the same stage is not.
    /// </summary>
    public static string StageId(CrisisEpisode episode) =>
        episode.ClosedAt is not null ? $"crisis:{episode.Id}:closed" : $"crisis:{episode.Id}:{CountBucket(episode.Count)}";

    /// <summary>1, 2, 4, 8… : the largest power of two not above the count.</summary>
    public static int CountBucket(int count) => count <= 1 ? 1 : 1 << (31 - int.LeadingZeroCount(count));

    public static Notice Build(CrisisEpisode e, string timeZone, IActionLinks links)
    {
        var closed = e.ClosedAt is not null;
        var rate = e.Rate.ToString("0.#", CultureInfo.InvariantCulture);
        var title = closed
            ? $"Crisis closed on {e.Scope}: {e.Count} negative events"
            : $"{(e.SafetyEscalation ? "SAFETY · " : "")}Crisis on {e.Scope}: {e.Count} negative events, {rate}× normal";
        var facts = new List<NoticeFact>
        {
            new("Scope", e.Scope),
            new("Count", e.Count.ToString(CultureInfo.InvariantCulture)),
            new("Rate", $"{rate}× normal (usual {e.UsualLevel.ToString("0.#", CultureInfo.InvariantCulture)}, threshold {e.Threshold})"),
            new("Top phrases", e.TopPhrases.Count == 0 ? "—" : string.Join(", ", e.TopPhrases.Take(10))),
            new("Opened", Labels.LocalTime(e.OpenedAt, timeZone)),
            new(closed ? "Closed" : "Updated", Labels.LocalTime(e.ClosedAt ?? e.UpdatedAt, timeZone)),
        };
        var examples = e.WorstExamples.Take(MaxExamples).ToList();
        var quote = string.Join("\n", examples.Select(x => $"[{x.Platform}] {ConversationEmail.Shorten(x.Text, ExampleLength)}"));
        var actions = new List<NoticeLink>();
        for (var i = 0; i < examples.Count; i++)
        {
            var x = examples[i];
            actions.Add(new($"Example {i + 1}", NoticeLink.PostUrl(x.Permalink) ?? links.Conversation(x.ConversationId)));
        }
        var subject = closed
            ? $"[CRISIS closed][{e.Scope}] {e.Count} negative events"
            : $"[CRISIS][{e.Scope}] {e.Count} negative events, {rate}× normal: {string.Join(", ", e.TopPhrases.Take(3))}";
        return new Notice(title, subject, quote.Length == 0 ? null : quote, facts, actions, closed ? NoticeTone.Good : NoticeTone.Alert);
    }
}
