using System.Text.RegularExpressions;

namespace SocialCare.Core.Hours;

/// <summary>
/// Fills a template's placeholders: <c>{close}</c> (the closing time of the day, "20:00" — in a closing post the time
/// just reached), <c>{nextOpen}</c> (the next opening time, "8:00") and <c>{nextOpenDay}</c> ("jutro", "w poniedziałek",
/// "27 grudnia"; seen from the local date the post is published on).
/// </summary>
public static partial class TemplateRenderer
{
    public const string Close = "close";
    public const string NextOpen = "nextOpen";
    public const string NextOpenDay = "nextOpenDay";

    public static IReadOnlyList<string> Placeholders { get; } = [Close, NextOpen, NextOpenDay];

    /// <param name="template">Text with placeholders.</param>
    /// <param name="language">One of <see cref="LocalPhrases.Languages"/>.</param>
    /// <param name="today">The local date the text is published on.</param>
    /// <param name="close">Local closing time for <c>{close}</c>; empty text when null.</param>
    /// <param name="nextOpen">Local date and time of the next opening; empty texts when null (never opens again).</param>
    public static string Render(string template, string language, DateOnly today, TimeOnly? close, DateTime? nextOpen)
    {
        var phrases = LocalPhrases.For(language);
        return Fill(template, name => name switch
        {
            Close => close is { } c ? LocalPhrases.Time(c) : "",
            NextOpen => nextOpen is { } n ? LocalPhrases.Time(TimeOnly.FromDateTime(n)) : "",
            NextOpenDay => nextOpen is { } n ? phrases.Day(today, DateOnly.FromDateTime(n)) : "",
            _ => null,
        });
    }

    /// <summary>Placeholder names in <paramref name="template"/> that the renderer does not know, in order of appearance.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string template) => Unknown(template, Placeholders);

    /// <summary>The names in braces in <paramref name="text"/> that are not <paramref name="known"/>, in order of appearance.</summary>
    internal static IReadOnlyList<string> Unknown(string text, IReadOnlyList<string> known) =>
        PlaceholderPattern().Matches(text)
            .Select(m => m.Groups[1].Value)
            .Where(name => !known.Contains(name))
            .Distinct()
            .ToList();

    /// <summary>The longest text <paramref name="template"/> can render to in <paramref name="language"/>.</summary>
    public static int LongestRendering(string template, string language)
    {
        var phrases = LocalPhrases.For(language);
        var longestDay = phrases.AllDayForms().MaxBy(f => f.Length) ?? "";
        return Fill(template, name => name switch
        {
            Close or NextOpen => "00:00",
            NextOpenDay => longestDay,
            _ => null,
        }).Length;
    }

    /// <summary>Replaces each name in braces with its value; a name without one (null) is left as written.</summary>
    internal static string Fill(string template, Func<string, string?> value) =>
        PlaceholderPattern().Replace(template, m => value(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();
}
