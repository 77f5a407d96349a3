using System.Globalization;

namespace SocialCare.Core.Hours;

/// <summary>
/// Wall-clock times and dates of a schedule, and how a local time becomes an instant across daylight-saving changes.
/// </summary>
public static class LocalTimes
{
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DatedHours.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>
    /// The instant at which the zone's clocks show <paramref name="date"/> <paramref name="time"/>, in the zone's offset.
    /// A time skipped by a spring-forward change (02:30 in Warsaw on the last Sunday of March) is read with the offset
    /// in force before the change, so it lands as far after the gap as it was into it (03:30): an opening in the gap
    /// starts when the clocks come back into range. A time repeated by a fall-back change takes its first occurrence
    /// (the summer offset): the team opens or closes the first time the clock shows it.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset before a spring-forward change is the smaller of the offsets around it.
            var before = zone.GetUtcOffset(local.AddHours(-12));
            var after = zone.GetUtcOffset(local.AddHours(12));
            offset = before < after ? before : after;
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        return InZone(new DateTimeOffset(local, offset), zone);
    }

    /// <summary>The same instant expressed with the zone's offset at that instant.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(InZone(instant, zone).DateTime);
}
