using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.X;

/// <summary>
/// A v1.1 tweet object from <c>tweet_create_events</c>. Retweets are skipped. The thread key is
/// <c>tweet:&lt;replied-to tweet id, or the tweet's own id&gt;</c> (the payload has no conversation root), so a mention
/// and the brand's reply to it share a thread. Its photos and videos travel as links.
/// </summary>
internal static class XTweet
{
    private const string CreatedAtFormat = "ddd MMM dd HH:mm:ss zzz yyyy";

    public static InboundEvent? ToEvent(string brandId, JsonElement tweet, DateTimeOffset now)
    {
        if (tweet.ValueKind != JsonValueKind.Object) throw new WebhookFormatException("'tweet_create_events' items are not objects");
        if (tweet.Has("retweeted_status")) return null;
        var id = tweet.Id("id_str", IdShape.Numeric) ?? tweet.RequiredId("id", IdShape.Numeric);
        var user = tweet.Obj("user") ?? throw new WebhookFormatException("'tweet.user' is missing");
        var userId = WebhookFormatException.Within("user", () => user.Id("id_str", IdShape.Numeric) ?? user.RequiredId("id", IdShape.Numeric));
        var screenName = user.Str("screen_name") ?? userId;
        var inReplyTo = tweet.Id("in_reply_to_status_id_str", IdShape.Numeric);
        var fromBrand = userId == brandId;
        var kind = inReplyTo is not null ? EventKind.Reply : fromBrand ? EventKind.Post : EventKind.Mention;
        var attachments = XMedia.OfTweet(tweet);
        return new InboundEvent(
            EventId: EventIds.For("x", id),
            Platform: "x",
            ChannelId: $"x:{brandId}",
            Kind: kind,
            ConversationKey: $"tweet:{inReplyTo ?? id}",
            Author: new Author(userId, user.Str("name") ?? screenName, user.Long("followers_count")),
            Text: EventIds.Clip(MediaRefs.TextOr(TextOf(tweet), attachments)),
            Permalink: $"https://x.com/{screenName}/status/{id}",
            CreatedAt: CreatedAt(tweet) ?? now,
            RawEventId: id,
            FromBrand: fromBrand,
            InReplyTo: inReplyTo,
            Attachments: attachments);
    }

    private static string TextOf(JsonElement tweet) =>
        tweet.Obj("extended_tweet")?.Str("full_text") ?? tweet.Str("full_text") ?? tweet.Str("text") ?? "";

    private static DateTimeOffset? CreatedAt(JsonElement tweet)
    {
        if (tweet.UnixMillis("timestamp_ms") is { } stamped) return stamped;
        var text = tweet.Str("created_at");
        if (text is null) return null;
        // "Wed Oct 10 20:19:24 +0000 2018"
        return DateTimeOffset.TryParseExact(text, CreatedAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw new WebhookFormatException("'created_at' is not a tweet time");
    }
}
