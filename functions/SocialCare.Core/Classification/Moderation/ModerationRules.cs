namespace SocialCare.Core.Classification.Moderation;

/// <summary>
/// One channel's house rules. <see cref="Mode"/>: "act" (the app hides/deletes itself), "suggest" (an agent confirms)
/// or "off". An author's <see cref="BlockAfterAbusive"/>-th abusive comment within <see cref="Window"/> is deleted
/// and the author blocked.
/// </summary>
public sealed record ModerationRules(string Mode, int BlockAfterAbusive, TimeSpan Window)
{
    public const string Act = "act";
    public const string Suggest = "suggest";
    public const string Off = "off";

    public ModerationRules(string mode = Act, int blockAfterAbusive = 3) : this(mode, blockAfterAbusive, TimeSpan.FromDays(30))
    {
    }

    public static ModerationRules Default { get; } = new();

    /// <summary>True when verdicts are carried out without an agent; with "suggest" they wait for confirmation.</summary>
    public bool ActsAutomatically => string.Equals(Mode, Act, StringComparison.OrdinalIgnoreCase);
}
