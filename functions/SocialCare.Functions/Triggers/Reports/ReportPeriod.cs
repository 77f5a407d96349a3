using System.Globalization;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>The query every report takes: ?from=&amp;to= (ISO dates or instants; default the last 7 days), team, channelId.</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, string? Team, string? ChannelId)
{
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(366);

    public static (ReportPeriod? Period, string? Field, string? Error) Parse(IQueryCollection query, DateTimeOffset now)
    {
        var to = now;
        var from = now.AddDays(-7);
        if (query["to"].ToString() is { Length: > 0 } t && !TryParse(t, out to)) return (null, "to", "must be an ISO 8601 date or instant");
        if (query["from"].ToString() is { Length: > 0 } f) { if (!TryParse(f, out from)) return (null, "from", "must be an ISO 8601 date or instant"); }
        else from = to.AddDays(-7);
        if (from >= to) return (null, "from", "must be before to");
        if (to - from > MaxLength) return (null, "from", "must be at most 366 days before to");
        static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
        return (new ReportPeriod(from, to, Text(query["team"].ToString()), Text(query["channelId"].ToString())), null, null);
    }

    private static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
