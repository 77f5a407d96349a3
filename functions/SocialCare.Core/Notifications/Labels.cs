using System.Globalization;

namespace SocialCare.Core.Notifications;

/// <summary>How notices write enum names, times and breach kinds.</summary>
public static class Labels
{
    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>"2026-11-23 14:05 (Europe/Warsaw)"; UTC when the zone is unknown.</summary>
    public static string LocalTime(DateTimeOffset instant, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
    }

    public static string Breach(string? detail) => detail switch
    {
        "next_response" => "next response",
        "resolution" => "resolution",
        _ => "first response",
    };
}
