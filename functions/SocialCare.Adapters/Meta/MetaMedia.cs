using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// Media in Meta payloads: Messenger and Instagram <c>message.attachments[]</c> (type and <c>payload.url</c>, a CDN
/// link), the photo or video of a page feed post or comment, and WhatsApp media, which arrive as ids only (fetching
/// them needs the access token).
/// </summary>
internal static class MetaMedia
{
    public static IReadOnlyList<MediaRef>? OfMessage(JsonElement message) =>
        MediaRefs.Bound(message.LooseArr("attachments").Select(MessageAttachment));

    private static MediaRef? MessageAttachment(JsonElement attachment)
    {
        var payload = attachment.LooseObj("payload");
        var url = payload?.LooseStr("url");
        MediaKind? kind = attachment.LooseStr("type") switch
        {
            // A Messenger sticker is an image whose payload names the sticker.
            "image" => payload?.LooseStr("sticker_id") is null ? MediaKind.Image : MediaKind.Sticker,
            "video" => MediaKind.Video,
            "audio" => MediaKind.Audio,
            "file" => MediaKind.File,
            _ => null,
        };
        return kind is { } k ? new MediaRef(k, url, Name: payload?.LooseStr("title") ?? (k == MediaKind.File ? MediaJson.FileNameOf(url) : null)) : null;
    }

    /// <summary>
    /// A feed change's media: a comment's <c>photo</c> or <c>video</c> link; a photo or video post's <c>link</c> with its
    /// <c>photo_id</c>/<c>video_id</c>; a post with several photos lists them in <c>photos</c>. A shared page's
    /// <c>link</c> is a web page, not media, and is left out.
    /// </summary>
    public static IReadOnlyList<MediaRef>? OfFeed(string item, JsonElement value) => item switch
    {
        "comment" => MediaRefs.Bound([Link(MediaKind.Image, value.LooseStr("photo")), Link(MediaKind.Video, value.LooseStr("video"))]),
        "photo" => [new MediaRef(MediaKind.Image, value.LooseStr("link"), PlatformRef: value.LooseStr("photo_id"))],
        "video" => [new MediaRef(MediaKind.Video, value.LooseStr("link"), PlatformRef: value.LooseStr("video_id"))],
        _ => MediaRefs.Bound(value.LooseStrings("photos").Select(url => new MediaRef(MediaKind.Image, url))),
    };

    private static MediaRef? Link(MediaKind kind, string? url) => url is null ? null : new MediaRef(kind, url);

    /// <summary>A WhatsApp media message (image, video, audio or voice, document, sticker): its media id, and a document's file name.</summary>
    public static IReadOnlyList<MediaRef>? OfWhatsApp(JsonElement message, string? type)
    {
        MediaKind? kind = type switch
        {
            "image" => MediaKind.Image,
            "video" => MediaKind.Video,
            "audio" => MediaKind.Audio,
            "document" => MediaKind.File,
            "sticker" => MediaKind.Sticker,
            _ => null,
        };
        if (kind is not { } k || message.LooseObj(type!) is not { } media) return null;
        return [new MediaRef(k, Name: media.LooseStr("filename"), PlatformRef: media.LooseStr("id"))];
    }
}
