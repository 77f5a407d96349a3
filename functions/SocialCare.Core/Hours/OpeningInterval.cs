namespace SocialCare.Core.Hours;

/// <summary>
/// One opening on a day, local wall-clock times as "HH:mm". A close earlier than the open means the interval
/// runs past midnight and belongs to the day it opens ("22:00"–"02:00"); a close equal to the open is invalid.
/// </summary>
public sealed record OpeningInterval(string Open, string Close)
{
    public static OpeningInterval Of(string open, string close) => new(open, close);
}
