namespace SocialCare.Core.Hours;

/// <summary>
/// Checks a schedule before it is stored. Every error names its field JSON-path style so the HTTP layer can answer
/// 400 with it. Rules: a known IANA time zone and a supported language; times as "HH:mm"; close ≠ open (close before
/// open means the interval runs past midnight); no overlaps within a day nor from an overnight interval into the next
/// day's hours; exception dates as yyyy-MM-dd and unique; templates only for supported languages, only known
/// placeholders, and no rendering longer than the platform allows.
/// </summary>
public static class ScheduleValidator
{
    public static IReadOnlyList<ScheduleError> Validate(ChannelSchedule schedule, int maxPostLength)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPostLength, 1);
        var errors = new List<ScheduleError>();

        if (!LocalTimes.TryFindZone(schedule.TimeZone, out _))
            errors.Add(new("timeZone", $"unknown time zone '{schedule.TimeZone}'; use an IANA id such as Europe/Warsaw"));
        if (!LocalPhrases.IsSupported(schedule.Language))
            errors.Add(new("language", $"unknown language '{schedule.Language}'; use one of {string.Join(", ", LocalPhrases.Languages)}"));

        var days = new DayHours(schedule, errors);
        days.CheckOvernightRunIns();
        CheckTemplates(schedule, maxPostLength, errors);
        return errors;
    }

    private static void CheckTemplates(ChannelSchedule schedule, int maxPostLength, List<ScheduleError> errors)
    {
        foreach (var (language, templates) in schedule.Templates ?? new Dictionary<string, AnnouncementTemplates>())
        {
            var field = $"templates.{language}";
            if (!LocalPhrases.IsSupported(language))
            {
                errors.Add(new(field, $"unknown language '{language}'; use one of {string.Join(", ", LocalPhrases.Languages)}"));
                continue;
            }
            CheckTemplate($"{field}.opening", templates?.Opening, language, maxPostLength, errors);
            CheckTemplate($"{field}.closing", templates?.Closing, language, maxPostLength, errors);
            CheckTemplate($"{field}.afterHours", templates?.AfterHours, language, maxPostLength, errors);
        }

        // The defaults the channel falls back to must fit the platform too (X allows only 280 characters).
        if (!LocalPhrases.IsSupported(schedule.Language)) return;
        var own = schedule.Templates?.GetValueOrDefault(schedule.Language);
        var defaults = DefaultTemplates.For(schedule.Language);
        var field0 = $"templates.{schedule.Language}";
        if (own?.Opening is null) CheckTemplate($"{field0}.opening", defaults.Opening, schedule.Language, maxPostLength, errors);
        if (own?.Closing is null) CheckTemplate($"{field0}.closing", defaults.Closing, schedule.Language, maxPostLength, errors);
        if (own?.AfterHours is null) CheckTemplate($"{field0}.afterHours", defaults.AfterHours, schedule.Language, maxPostLength, errors);
    }

    private static void CheckTemplate(string field, string? template, string language, int maxPostLength, List<ScheduleError> errors)
    {
        if (template is null) return;
        if (string.IsNullOrWhiteSpace(template))
        {
            errors.Add(new(field, "empty text; leave it out to use the default"));
            return;
        }
        var unknown = TemplateRenderer.UnknownPlaceholders(template);
        if (unknown.Count > 0)
        {
            errors.Add(new(field,
                $"unknown placeholder {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; "
                + $"allowed: {string.Join(", ", TemplateRenderer.Placeholders.Select(p => "{" + p + "}"))}"));
            return;
        }
        var longest = TemplateRenderer.LongestRendering(template, language);
        if (longest > maxPostLength)
            errors.Add(new(field, $"renders up to {longest} characters; the platform allows {maxPostLength}"));
    }
}
