namespace SocialCare.Core.Notifications;

/// <summary>
/// What one notification says, independent of where it goes: the Teams card and the email are both drawn from it,
/// so they carry the same facts and the same links.
/// </summary>
public sealed record Notice(
    string Title,
    string Subject,
    string? Quote,
    IReadOnlyList<NoticeFact> Facts,
    IReadOnlyList<NoticeLink> Links,
    NoticeTone Tone = NoticeTone.Default);
