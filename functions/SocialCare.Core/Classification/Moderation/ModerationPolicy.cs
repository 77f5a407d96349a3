using SocialCare.Core.Events;

namespace SocialCare.Core.Classification.Moderation;

/// <summary>
/// House rules, as a pure decision: abusive, offensive (insult or swearing: <see cref="Classification.Offensive"/>) or
/// spam public comments are hidden; an author's N-th abusive comment in the window is deleted and the author blocked;
/// criticism without insult or swearing, however negative, is never moderated automatically;
/// private messages are never hidden. With <see cref="ModerationRules.Suggest"/> the same verdict is a suggestion.
/// </summary>
public static class ModerationPolicy
{
    public static ModerationVerdict Decide(Classification classification, EventKind kind, ModerationRules rules, int priorAbusiveInWindow)
    {
        if (string.Equals(rules.Mode, ModerationRules.Off, StringComparison.OrdinalIgnoreCase)) return new(null, "moderation is off for this channel");
        if (kind.IsPrivate()) return new(null, "private messages are never moderated");
        var verdict = classification switch
        {
            { Intent: Intent.Abuse } when priorAbusiveInWindow + 1 >= rules.BlockAfterAbusive => new ModerationVerdict(ModerationActions.DeleteAndBlock,
                $"abusive comment number {priorAbusiveInWindow + 1} from this author within {rules.Window.TotalDays:0} days"),
            { Intent: Intent.Abuse } => new ModerationVerdict(ModerationActions.Hide, "abusive public comment"),
            { Intent: Intent.Spam } => new ModerationVerdict(ModerationActions.Hide, "spam public comment"),
            // The detector ./run eval measures: swearing or an insult in a complaint hides the words, and the case is
            // still answered; only targeted abuse counts towards deleting and blocking.
            { Offensive: true } => new ModerationVerdict(ModerationActions.Hide, "offensive public comment (insult or swearing)"),
            _ when classification.IsNegative => new ModerationVerdict(null, "criticism is never moderated automatically"),
            _ => new ModerationVerdict(null, "no house rule applies"),
        };
        return verdict.Action is not null && !rules.ActsAutomatically
            ? verdict with { Reason = $"{verdict.Reason} (suggested: an agent confirms)" }
            : verdict;
    }

    /// <summary>Whether a classification counts towards the author's abusive tally.</summary>
    public static bool IsAbusive(Classification classification) => classification.Intent == Intent.Abuse;

    /// <summary>How many of an author's earlier abusive comments fall within the rules' window ending now.</summary>
    public static int CountInWindow(IEnumerable<DateTimeOffset> abusiveAt, DateTimeOffset now, ModerationRules rules) =>
        abusiveAt.Count(at => at > now - rules.Window && at <= now);
}
