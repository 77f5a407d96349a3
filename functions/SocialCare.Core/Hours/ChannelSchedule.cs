namespace SocialCare.Core.Hours;

/// <summary>
/// A channel's opening hours and announcement settings, as stored and as sent to <c>PUT /api/schedules/{channelId}</c>.
/// <see cref="TimeZone"/> is an IANA id; <see cref="Language"/> is one of <see cref="LocalPhrases.Languages"/>.
/// Check it with <see cref="ScheduleValidator"/> before use.
/// </summary>
public sealed record ChannelSchedule(
    string TimeZone,
    string Language,
    bool Announcements,
    WeeklyHours Weekly,
    IReadOnlyList<DatedHours>? Exceptions = null,
    IReadOnlyDictionary<string, AnnouncementTemplates>? Templates = null)
{
    public const string DefaultTimeZone = "Europe/Warsaw";
    public const string DefaultLanguage = "pl";

    /// <summary>What a channel without a stored schedule gets: every day 08:00–20:00 local, Polish, announcements off.</summary>
    public static ChannelSchedule Default(string timeZone = DefaultTimeZone, string language = DefaultLanguage) =>
        new(timeZone, language, Announcements: false, WeeklyHours.EveryDay(OpeningInterval.Of("08:00", "20:00")));

    /// <summary>The channel's wording for its own language, each missing text taken from the defaults.</summary>
    /// <summary>The channel's templates in <paramref name="language"/> (its default language when null), defaults filling gaps.</summary>
    public AnnouncementTemplates EffectiveTemplates(string? language = null)
    {
        language ??= Language;
        var defaults = DefaultTemplates.For(language);
        var own = Templates is not null && Templates.TryGetValue(language, out var t) ? t : null;
        return new AnnouncementTemplates(
            own?.Opening ?? defaults.Opening,
            own?.Closing ?? defaults.Closing,
            own?.AfterHours ?? defaults.AfterHours);
    }
}
