using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.X;

/// <summary>
/// Media in X payloads: a tweet's <c>extended_entities.media[]</c> (all of its photos; <c>entities.media[]</c> names
/// only the first), the long-tweet form inside <c>extended_tweet</c>, and a DM's
/// <c>message_create.message_data.attachment.media</c>. A photo is its <c>media_url_https</c>; a video or GIF is its
/// best MP4 variant, or its page on X when the payload has none (<c>media_url_https</c> is only its poster frame).
/// </summary>
internal static class XMedia
{
    public static IReadOnlyList<MediaRef>? OfTweet(JsonElement tweet)
    {
        var extended = tweet.LooseObj("extended_tweet");
        JsonElement?[] holders = [extended?.LooseObj("extended_entities"), tweet.LooseObj("extended_entities"), extended?.LooseObj("entities"), tweet.LooseObj("entities")];
        var media = holders.Select(h => h?.LooseArr("media").ToList() ?? []).FirstOrDefault(m => m.Count > 0) ?? [];
        return MediaRefs.Bound(media.Select(Item));
    }

    public static IReadOnlyList<MediaRef>? OfDirectMessage(JsonElement messageData) =>
        messageData.LooseObj("attachment")?.LooseObj("media") is { } media ? MediaRefs.Bound([Item(media)]) : null;

    private static MediaRef? Item(JsonElement media) => media.LooseStr("type") switch
    {
        "photo" => new MediaRef(MediaKind.Image, media.LooseStr("media_url_https"), PlatformRef: media.LooseStr("id_str")),
        "video" or "animated_gif" => new MediaRef(MediaKind.Video, BestVariant(media) ?? media.LooseStr("expanded_url"), PlatformRef: media.LooseStr("id_str")),
        _ => null,
    };

    private static string? BestVariant(JsonElement media) =>
        media.LooseObj("video_info")?.LooseArr("variants")
            .Where(v => v.LooseStr("content_type") == "video/mp4")
            .OrderByDescending(v => v.LooseLong("bitrate"))
            .Select(v => v.LooseStr("url"))
            .FirstOrDefault();
}
