using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Listening;

/// <summary>
/// Mention feeds from social-listening tools: <c>{"mentions":[{"id","source","platform","url","author":{"id","name","followers"},"text","publishedAt","threadId"}]}</c>
/// signed with <c>X-SocialCare-Signature: sha256=&lt;hex HMAC-SHA256(Listening:Secret, raw body)&gt;</c>.
/// </summary>
public sealed class ListeningWebhookSource(IOptions<ListeningOptions> options, TimeProvider time) : IWebhookSource
{
    public const string SignatureHeader = "X-SocialCare-Signature";

    public string Name => "listening";

    public WebhookReply? Handshake(WebhookRequest request) => null;

    public WebhookVerdict Verify(WebhookRequest request)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(secret)) return WebhookVerdict.Unauthorized("Listening:Secret is not configured; unsigned input is never accepted.");
        var header = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(header)) return WebhookVerdict.Unauthorized($"{SignatureHeader} is missing.");
        return SignatureComparer.HexHeaderMatches(header, secret, request.Body.Span)
            ? WebhookVerdict.Valid
            : WebhookVerdict.Unauthorized($"{SignatureHeader} does not match the body.");
    }

    public WebhookParseResult Parse(WebhookRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Array)
        {
            throw new WebhookFormatException("The body must be an object with a \"mentions\" array.");
        }
        var events = new List<InboundEvent>(mentions.GetArrayLength());
        var index = 0;
        foreach (var mention in mentions.EnumerateArray())
        {
            events.Add(Normalize(mention, $"mentions[{index++}]"));
        }
        return new WebhookParseResult(events);
    }

    private InboundEvent Normalize(JsonElement m, string path)
    {
        if (m.ValueKind != JsonValueKind.Object) throw new WebhookFormatException($"{path} must be an object.");
        var id = Required(m, "id", path);
        var source = Required(m, "source", path);
        var platform = Required(m, "platform", path).ToLowerInvariant();
        var text = Required(m, "text", path);
        var author = m.TryGetProperty("author", out var a) && a.ValueKind == JsonValueKind.Object ? a : throw new WebhookFormatException($"{path}.author must be an object.");
        var authorId = Required(author, "id", $"{path}.author");
        var authorName = Optional(author, "name", $"{path}.author") ?? authorId;
        long? followers = null;
        if (author.TryGetProperty("followers", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.Number || !f.TryGetInt64(out var n) || n < 0) throw new WebhookFormatException($"{path}.author.followers must be a whole number from 0 to 2^63-1.");
            followers = n;
        }
        var published = Optional(m, "publishedAt", path) is { } p
            ? DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : throw new WebhookFormatException($"{path}.publishedAt must be an ISO-8601 date-time.")
            : time.GetUtcNow();
        var thread = Optional(m, "threadId", path);
        return new InboundEvent(
            EventId: EventIds.For("listening", $"{source}:{id}"),
            Platform: platform,
            ChannelId: $"listening:{source}",
            Kind: EventKind.Mention,
            ConversationKey: thread is null ? $"mention:{id}" : $"thread:{thread}",
            Author: new Author(authorId, authorName, followers),
            Text: EventIds.Clip(text),
            Permalink: Optional(m, "url", path),
            CreatedAt: published,
            RawEventId: $"{source}:{id}",
            Source: source);
    }

    private static string Required(JsonElement e, string name, string path) =>
        Optional(e, name, path) is { Length: > 0 } value ? value : throw new WebhookFormatException($"{path}.{name} is required.");

    private static string? Optional(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new WebhookFormatException($"{path}.{name} must be a string."),
        };
    }
}
