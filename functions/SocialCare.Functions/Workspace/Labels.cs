using System.Reflection;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Workspace;

/// <summary>Enum values as the JSON API spells them (complaint, purchase_intent), so the pages and the API agree.</summary>
public static class Labels
{
    public static string? Of(Enum? value) =>
        value is null ? null : value.GetType().GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString().ToLowerInvariant();

    public static IEnumerable<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v)!);

    /// <summary>The value spelled as the API spells it ("purchase_intent"), or null.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Of(v), name, StringComparison.Ordinal));

    /// <summary>"in 1 h 05 min" or "12 min ago": a countdown an agent reads at a glance.</summary>
    public static string Countdown(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var span = left.Duration();
        var text = span.TotalHours >= 24 ? $"{(int)span.TotalDays} d {span.Hours} h"
            : span.TotalMinutes >= 60 ? $"{(int)span.TotalHours} h {span.Minutes:00} min"
            : $"{Math.Max(0, (int)span.TotalMinutes)} min";
        return left > TimeSpan.Zero ? $"due in {text}" : $"breached {text} ago";
    }
}
