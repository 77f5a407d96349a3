using System.Text.Json.Serialization;
using SocialCare.Core.Classification;

namespace SocialCare.Core.Replies;

/// <summary>
/// A brand's saved reply: a title to find it by, its language (pl, ru, en), the text with variables
/// (<see cref="ReplyTemplate.Variables"/>) and the intents it answers (none: any).
/// </summary>
public sealed record SavedReply(string Id, string Title, string Language, string Text, IReadOnlyList<Intent> Intents, DateTimeOffset? UpdatedAt = null);

/// <summary>The body of PUT /api/replies/{id}: intents as names, so an unknown one is a 400 naming "intents".</summary>
public sealed record SavedReplyBody(string? Title, string? Language, string? Text, IReadOnlyList<string>? Intents);

/// <summary>Checks a saved reply before it is stored; the first field that fails, with why.</summary>
public static class SavedReplyValidator
{
    public const int MaxTitle = 100;
    public const int MaxText = 2000;
    public static readonly IReadOnlyList<string> Languages = ["pl", "ru", "en"];

    public static (SavedReply? Reply, string? Field, string? Error) From(string id, SavedReplyBody body, DateTimeOffset now)
    {
        if (!IsId(id)) return (null, "id", "may hold only letters, digits, '-' and '_' (1–64)");
        if (string.IsNullOrWhiteSpace(body.Title)) return (null, "title", "is required");
        if (body.Title.Length > MaxTitle) return (null, "title", $"is longer than {MaxTitle} characters");
        if (body.Language is null || !Languages.Contains(body.Language)) return (null, "language", "must be one of pl, ru, en");
        if (string.IsNullOrWhiteSpace(body.Text)) return (null, "text", "is required");
        if (body.Text.Length > MaxText) return (null, "text", $"is longer than {MaxText} characters");
        if (ReplyTemplate.UnknownVariables(body.Text).FirstOrDefault() is { } unknown)
        {
            return (null, "text", $"uses {{{unknown}}}, which is not a variable (use {string.Join(", ", ReplyTemplate.Variables.Select(v => $"{{{v}}}"))})");
        }
        var intents = new List<Intent>();
        foreach (var name in body.Intents ?? [])
        {
            if (IntentNames.Parse(name) is not { } intent) return (null, "intents", $"'{name}' is not an intent ({string.Join(", ", IntentNames.All)})");
            intents.Add(intent);
        }
        return (new SavedReply(id, body.Title.Trim(), body.Language, body.Text.Trim(), intents.Distinct().ToList(), now), null, null);
    }

    public static bool IsId(string id) => id.Length is >= 1 and <= 64 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SavedReply))]
[JsonSerializable(typeof(List<SavedReply>))]
[JsonSerializable(typeof(SavedReplyBody))]
public sealed partial class ReplyJson : JsonSerializerContext;
