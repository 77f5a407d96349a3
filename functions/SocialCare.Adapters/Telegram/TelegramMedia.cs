using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// Media in a Telegram Message, as file_ids (PlatformRef) without links: a file's link needs the bot token, which must
/// never reach a page. A photo is its largest size; an animation also arrives as a document, which is not counted twice.
/// </summary>
internal static class TelegramMedia
{
    public static IReadOnlyList<MediaRef>? Of(JsonElement message)
    {
        var animation = message.LooseObj("animation");
        return MediaRefs.Bound(
        [
            Largest(message.LooseArr("photo")) is { } photo ? new MediaRef(MediaKind.Image, PlatformRef: photo.LooseStr("file_id")) : null,
            File(MediaKind.Video, message.LooseObj("video")),
            File(MediaKind.Video, animation),
            File(MediaKind.Video, message.LooseObj("video_note")),
            File(MediaKind.Audio, message.LooseObj("audio"), message.LooseObj("audio")?.LooseStr("title")),
            File(MediaKind.Audio, message.LooseObj("voice")),
            animation is null ? File(MediaKind.File, message.LooseObj("document")) : null,
            File(MediaKind.Sticker, message.LooseObj("sticker"), message.LooseObj("sticker")?.LooseStr("emoji")),
        ]);
    }

    private static MediaRef? File(MediaKind kind, JsonElement? file, string? name = null) =>
        file is { } f ? new MediaRef(kind, Name: f.LooseStr("file_name") ?? name, PlatformRef: f.LooseStr("file_id")) : null;

    private static JsonElement? Largest(IEnumerable<JsonElement> sizes) =>
        sizes.Select(s => (JsonElement?)s).MaxBy(s => (s!.Value.LooseLong("width") * s.Value.LooseLong("height"), s.Value.LooseLong("file_size")));
}
