namespace SocialCare.Core.Hours;

/// <summary>
/// An exception for one local date ("yyyy-MM-dd"): its hours replace that weekday's regular hours.
/// Empty hours close the day (a holiday); hours on a normally closed day add an extra opening.
/// </summary>
public sealed record DatedHours(string Date, IReadOnlyList<OpeningInterval>? Hours)
{
    public const string DateFormat = "yyyy-MM-dd";
}
