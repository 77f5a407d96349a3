using System.Text;
using System.Text.Json.Nodes;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;

namespace SocialCare.Adapters.Teams;

/// <summary>
/// A notice as the message a Teams Workflows webhook takes: <c>{"type":"message","attachments":[{"contentType":
/// "application/vnd.microsoft.card.adaptive","content":{AdaptiveCard 1.4}}]}</c>. Always under Teams' 28 KB limit:
/// the quote is trimmed first, then long facts, never the buttons. Every text is Markdown-escaped
/// (<see cref="TeamsMarkdown"/>): names and messages are the customer's words, never card formatting or links.
/// </summary>
public static class AdaptiveCardMessage
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>Room left for what Teams adds around the card.</summary>
    public const int Budget = MaxBytes - 1024;

    private const int FactValueFloor = 120;

    public static byte[] Serialize(Notice notice)
    {
        var quote = notice.Quote;
        var facts = notice.Facts;
        var title = notice.Title;
        for (var round = 0; ; round++)
        {
            // Written unescaped (UTF-8): a Cyrillic letter costs 2 bytes of the 28 KB, not 6.
            var bytes = StorageJson.SerializeToUtf8Bytes(Build(title, quote, facts, notice.Links, notice.Tone));
            var excess = bytes.Length - Budget;
            if (excess <= 0) return bytes;
            if (!string.IsNullOrEmpty(quote))
            {
                // Markdown and JSON escaping make a char 1–8 bytes: keep the share of the quote that fits, then check again.
                var quoteBytes = StorageJson.SerializeToUtf8Bytes(JsonValue.Create(TeamsMarkdown.Escape(quote))).Length;
                var allowed = quoteBytes - excess - 16;
                quote = allowed > 0 ? quote[..(int)((long)quote.Length * allowed / quoteBytes)] + "…" : null;
            }
            else if (facts.Any(f => f.Value.Length > FactValueFloor))
            {
                facts = [.. facts.Select(f => f.Value.Length > FactValueFloor ? f with { Value = f.Value[..(FactValueFloor - 1)] + "…" } : f)];
            }
            else if (title.Length > FactValueFloor)
            {
                title = title[..(FactValueFloor - 1)] + "…";
            }
            else
            {
                throw new InvalidOperationException($"A card with only its links is {bytes.Length} bytes, over {Budget}.");
            }
        }
    }

    public static string ToJson(Notice notice) => Encoding.UTF8.GetString(Serialize(notice));

    // Customer URLs are filtered where the notice is composed; this is the last gate for anything else: https, or
    // plain http to this machine (the local host's own claim and resolve pages).
    private static bool IsOpenable(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    private static JsonObject Build(string title, string? quote, IReadOnlyList<NoticeFact> facts, IReadOnlyList<NoticeLink> links, NoticeTone tone)
    {
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = TeamsMarkdown.Escape(title),
                ["weight"] = "Bolder",
                ["size"] = "Medium",
                ["wrap"] = true,
                ["color"] = tone switch { NoticeTone.Alert => "Attention", NoticeTone.Warning => "Warning", NoticeTone.Good => "Good", _ => "Default" },
            },
        };
        if (!string.IsNullOrEmpty(quote)) body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = TeamsMarkdown.Escape(quote), ["wrap"] = true, ["isSubtle"] = true });
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = TeamsMarkdown.Escape(f.Label), ["value"] = TeamsMarkdown.Escape(f.Value) })]),
        });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
            ["actions"] = new JsonArray([.. links.Where(l => IsOpenable(l.Url)).Select(l => (JsonNode)new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = l.Label, ["url"] = l.Url.AbsoluteUri })]),
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["contentUrl"] = null,
                ["content"] = card,
            }),
        };
    }
}
