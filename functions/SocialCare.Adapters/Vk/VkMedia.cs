using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>
/// The <c>attachments[]</c> of a VK message, wall comment or post. A photo is the link of its largest size, a document
/// its link and title, a voice message its MP3 link, a sticker its largest image; a video or audio track has no direct
/// link in the payload and travels as its kind and name. The reference is VK's own attachment id ("photo-1_2").
/// </summary>
internal static class VkMedia
{
    public static IReadOnlyList<MediaRef>? Of(JsonElement item) =>
        MediaRefs.Bound(item.LooseArr("attachments").Select(Attachment));

    private static MediaRef? Attachment(JsonElement attachment)
    {
        var type = attachment.LooseStr("type");
        if (type is null || attachment.LooseObj(type) is not { } media) return null;
        return type switch
        {
            "photo" => new MediaRef(MediaKind.Image, Largest(media.LooseArr("sizes")), PlatformRef: Ref(type, media)),
            "doc" => new MediaRef(MediaKind.File, media.LooseStr("url"), media.LooseStr("title"), Ref(type, media)),
            "video" => new MediaRef(MediaKind.Video, Name: media.LooseStr("title"), PlatformRef: Ref(type, media)),
            "audio" => new MediaRef(MediaKind.Audio, Name: TrackName(media), PlatformRef: Ref(type, media)),
            "audio_message" => new MediaRef(MediaKind.Audio, media.LooseStr("link_mp3"), PlatformRef: Ref("doc", media)),
            "sticker" => new MediaRef(MediaKind.Sticker, Largest(media.LooseArr("images")), PlatformRef: media.LooseStr("sticker_id") is { } id ? $"sticker{id}" : null),
            _ => null,
        };
    }

    private static string? Largest(IEnumerable<JsonElement> sizes) =>
        sizes.Select((s, i) => (Url: s.LooseStr("url"), Area: s.LooseLong("width") * s.LooseLong("height"), Index: i))
            .Where(s => s.Url is not null)
            .OrderByDescending(s => s.Area).ThenByDescending(s => s.Index)
            .Select(s => s.Url)
            .FirstOrDefault();

    private static string? Ref(string type, JsonElement media) =>
        media.LooseStr("owner_id") is { } owner && media.LooseStr("id") is { } id ? string.Create(CultureInfo.InvariantCulture, $"{type}{owner}_{id}") : null;

    private static string? TrackName(JsonElement audio) =>
        (audio.LooseStr("artist"), audio.LooseStr("title")) switch
        {
            ({ Length: > 0 } artist, { Length: > 0 } title) => $"{artist} – {title}",
            (_, { Length: > 0 } title) => title,
            (var artist, _) => artist,
        };
}
