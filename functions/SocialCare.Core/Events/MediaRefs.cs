namespace SocialCare.Core.Events;

/// <summary>The attachments of one message: bounded in number, and summed up as text for a message that has none.</summary>
public static class MediaRefs
{
    /// <summary>Most attachments carried per message: platforms allow about as many, and a queue message must stay small.</summary>
    public const int MaxPerMessage = 10;

    /// <summary>At most <see cref="MaxPerMessage"/> attachments, or null when there are none.</summary>
    public static IReadOnlyList<MediaRef>? Bound(IEnumerable<MediaRef?>? attachments)
    {
        if (attachments is null) return null;
        MediaRef[] kept = [.. attachments.OfType<MediaRef>().Take(MaxPerMessage)];
        return kept.Length == 0 ? null : kept;
    }

    /// <summary>"[image, file]": what a message without text says, so classification and previews have something to read.</summary>
    public static string Summary(IReadOnlyList<MediaRef>? attachments) =>
        attachments is null or [] ? "" : $"[{string.Join(", ", attachments.Select(a => WireName(a.Kind)))}]";

    /// <summary>The message's text, or the summary of its attachments when it has no text.</summary>
    public static string TextOr(string? text, IReadOnlyList<MediaRef>? attachments) =>
        string.IsNullOrEmpty(text) ? Summary(attachments) : text;

    public static string WireName(MediaKind kind) => kind switch
    {
        MediaKind.Image => "image",
        MediaKind.Video => "video",
        MediaKind.Audio => "audio",
        MediaKind.File => "file",
        MediaKind.Sticker => "sticker",
        _ => "file",
    };
}
