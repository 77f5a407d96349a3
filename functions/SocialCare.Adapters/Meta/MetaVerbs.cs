using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>Feed verbs and the per-event key that keeps an edit or removal distinct from the original add.</summary>
internal static class MetaVerbs
{
    public static EventAction? ToAction(string? verb) => verb switch
    {
        "add" => EventAction.Created,
        "edited" => EventAction.Edited,
        "remove" => EventAction.Removed,
        "hide" => EventAction.Hidden,
        "unhide" => EventAction.Unhidden,
        _ => null,
    };

    /// <summary>
    /// "id" for an add; "id:edited:&lt;digest of the new text&gt;" for an edit (two different edits stay two events,
    /// a retried edit stays one); "id:removed" etc. for the rest.
    /// </summary>
    public static string EventKey(string id, EventAction action, string text) => action switch
    {
        EventAction.Created => id,
        EventAction.Edited => $"{id}:edited:{EventIds.Digest(text, 12)}",
        EventAction.Removed => $"{id}:removed",
        EventAction.Hidden => $"{id}:hidden",
        EventAction.Unhidden => $"{id}:unhidden",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
