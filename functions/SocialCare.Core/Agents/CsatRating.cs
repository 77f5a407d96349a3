namespace SocialCare.Core.Agents;

/// <summary>Reads a customer's answer to the satisfaction question: a digit 1–5 ("4", "4/5") or 1–5 star emoji.</summary>
public static class CsatRating
{
    private const string Star = "⭐";

    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().TrimEnd('.', '!');
        if (t.EndsWith("/5", StringComparison.Ordinal)) t = t[..^2].Trim();
        if (t.Length == 1 && t[0] is >= '1' and <= '5') return t[0] - '0';
        // Star emoji may carry a variation selector (U+FE0F); whitespace between stars is allowed.
        var stars = t.Replace("\uFE0F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (stars.Length == 0 || stars.Length % Star.Length != 0) return null;
        var count = stars.Length / Star.Length;
        return count is >= 1 and <= 5 && stars == string.Concat(Enumerable.Repeat(Star, count)) ? count : null;
    }
}
