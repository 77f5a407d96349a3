using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// An Adaptive Card as a person sees it in Teams: the title, the texts, the facts and the buttons. Reads the parts our
/// cards use (TextBlock, FactSet, Action.OpenUrl); anything else is left out.
/// </summary>
public sealed partial record TeamsCardView(string Title, IReadOnlyList<string> Texts, IReadOnlyList<(string Title, string Value)> Facts, IReadOnlyList<(string Title, string Url)> Buttons)
{
    public static TeamsCardView Of(JsonNode message)
    {
        var card = message["attachments"]?.AsArray().FirstOrDefault()?["content"] ?? message;
        var texts = new List<string>();
        var facts = new List<(string, string)>();
        var buttons = new List<(string, string)>();
        Walk(card["body"], texts, facts, buttons);
        Walk(card["actions"], texts, facts, buttons);
        return new TeamsCardView(texts.FirstOrDefault() ?? "(a card without text)", [.. texts.Skip(1)], facts, buttons);
    }

    private static void Walk(JsonNode? node, List<string> texts, List<(string, string)> facts, List<(string, string)> buttons)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array) Walk(item, texts, facts, buttons);
            return;
        }
        if (node is not JsonObject o) return;
        switch ((string?)o["type"])
        {
            case "TextBlock":
                texts.Add(Unescape((string?)o["text"] ?? ""));
                break;
            case "FactSet":
                foreach (var fact in o["facts"]?.AsArray() ?? []) facts.Add((Unescape((string?)fact?["title"] ?? ""), Unescape((string?)fact?["value"] ?? "")));
                break;
            case "Action.OpenUrl":
                buttons.Add(((string?)o["title"] ?? "Open", (string?)o["url"] ?? ""));
                break;
            default:
                Walk(o["items"], texts, facts, buttons);
                Walk(o["columns"], texts, facts, buttons);
                Walk(o["actions"], texts, facts, buttons);
                break;
        }
    }

    // Our cards escape customer text as Markdown (\* \< …): shown as the person reads it in Teams.
    private static string Unescape(string markdown) => MarkdownEscape().Replace(markdown, "$1");

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~])")]
    private static partial Regex MarkdownEscape();
}
