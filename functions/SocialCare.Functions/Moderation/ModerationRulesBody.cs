using SocialCare.Core.Classification.Moderation;

namespace SocialCare.Functions.Moderation;

/// <summary>The wire shape of a channel's house rules: <c>{"mode":"act|suggest|off","blockAfterAbusive":3,"windowDays":30}</c>.</summary>
public sealed record ModerationRulesBody(string? Mode, int? BlockAfterAbusive, int? WindowDays)
{
    public static ModerationRulesBody From(ModerationRules rules) => new(rules.Mode, rules.BlockAfterAbusive, (int)rules.Window.TotalDays);

    /// <summary>The rules, or the name of the first bad field and why. Omitted numbers take the defaults.</summary>
    public (ModerationRules? Rules, string? Field, string? Error) Validate()
    {
        var mode = Mode?.Trim().ToLowerInvariant();
        if (mode is not (ModerationRules.Act or ModerationRules.Suggest or ModerationRules.Off)) return (null, "mode", "mode must be one of act, suggest, off.");
        var blockAfter = BlockAfterAbusive ?? ModerationRules.Default.BlockAfterAbusive;
        if (blockAfter is < 1 or > 100) return (null, "blockAfterAbusive", "blockAfterAbusive must be a whole number from 1 to 100.");
        var windowDays = WindowDays ?? (int)ModerationRules.Default.Window.TotalDays;
        if (windowDays is < 1 or > 365) return (null, "windowDays", "windowDays must be a whole number from 1 to 365.");
        return (new ModerationRules(mode, blockAfter, TimeSpan.FromDays(windowDays)), null, null);
    }
}
