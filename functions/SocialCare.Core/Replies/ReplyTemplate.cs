using System.Text.RegularExpressions;

namespace SocialCare.Core.Replies;

/// <summary>
/// Fills a reply's variables: <c>{customer.firstName}</c>, <c>{agent.name}</c>, <c>{nextOpening}</c>. A variable with
/// no value (an unknown customer name) is left out with the space before it, so no brace ever reaches a customer.
/// </summary>
public static partial class ReplyTemplate
{
    public const string CustomerFirstName = "customer.firstName";
    public const string AgentName = "agent.name";
    public const string NextOpening = "nextOpening";

    public static IReadOnlyList<string> Variables { get; } = [CustomerFirstName, AgentName, NextOpening];

    public static IEnumerable<string> UnknownVariables(string text) =>
        Hours.TemplateRenderer.Unknown(text, Variables);

    public static string Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        // The same braces as the opening posts' templates (Hours.TemplateRenderer).
        var filled = Hours.TemplateRenderer.Fill(text, name => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : "\u0000");
        // A missing value takes the comma or space before it along ("Hi {customer.firstName}," → "Hi,", "Sorry, {…}, it" → "Sorry, it").
        return MissingPattern().Replace(filled, "").Trim();
    }

    /// <summary>The first word of a customer's display name, unless it is a handle or has no letters.</summary>
    public static string? FirstName(string? displayName)
    {
        var first = displayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is null || first.StartsWith('@') || !first.Any(char.IsLetter) ? null : first;
    }

    [GeneratedRegex(@"(?:, ?| )?\u0000", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPattern();
}
