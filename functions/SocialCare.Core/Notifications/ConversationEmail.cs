using SocialCare.Core.Conversations;

namespace SocialCare.Core.Notifications;

/// <summary>The subject agents sort their mail by: <c>[P1][complaint][facebook] Anna Nowak: Pralka miała być…</c>.</summary>
public static class ConversationEmail
{
    private const int SubjectTextLength = 60;

    public static string Subject(Conversation c, ConversationMessage? latest)
    {
        var intent = c.Classification?.Intent.ToString() is { } i ? Labels.Snake(i) : "other";
        var text = Shorten(latest?.Text ?? "", SubjectTextLength);
        return $"[{c.Priority.Label}][{intent}][{c.Platform}] {c.Customer.Name}: {text}";
    }

    public static string Shorten(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : Events.EventIds.Clip(flat, length - 1).TrimEnd() + "…";
    }
}
