namespace SocialCare.Core.Hours;

/// <summary>
/// Which opening and closing posts are due. One opening post per day at its first opening and one closing post at
/// its last close: a lunch break or split shift gets no goodbye and hello in between. No post where the channel stays
/// open across the boundary (an overnight shift running straight into the next day's hours). A closed day has none.
/// The closing post names the next real opening, skipping closed days and holidays.
/// </summary>
public static class AnnouncementPlanner
{
    public static readonly TimeSpan DefaultLateness = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The posts to publish at <paramref name="now"/>: scheduled at or before it and at most <paramref name="lateness"/>
    /// (default 30 min) late; an opening post is never due once that day's closing time has come. Empty when the
    /// schedule's announcements are off. The caller claims <see cref="PlannedAnnouncement.SlotKey"/> before publishing,
    /// since the same post stays due for the whole lateness window.
    /// </summary>
    public static IReadOnlyList<PlannedAnnouncement> Due(ChannelSchedule schedule, DateTimeOffset now, TimeSpan? lateness = null)
    {
        var late = lateness ?? DefaultLateness;
        ArgumentOutOfRangeException.ThrowIfLessThan(late, TimeSpan.Zero);
        if (!schedule.Announcements) return [];
        var hours = new OpeningHours(schedule);
        // The day before the window too: its overnight closing falls on the next calendar day.
        var first = hours.LocalDate(now - late).AddDays(-1);
        var last = hours.LocalDate(now);
        var due = new List<PlannedAnnouncement>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            foreach (var (post, dayCloses) in ForDate(hours, date))
            {
                var inWindow = post.At <= now && now <= post.At + late;
                var openingTooLate = post.Kind == AnnouncementKind.Opening && now >= dayCloses;
                if (inWindow && !openingTooLate) due.Add(post);
            }
        }
        return due;
    }

    /// <inheritdoc cref="Due(ChannelSchedule, DateTimeOffset, TimeSpan?)"/>
    public static IReadOnlyList<PlannedAnnouncement> Due(ChannelSchedule schedule, TimeProvider clock, TimeSpan? lateness = null) =>
        Due(schedule, clock.GetUtcNow(), lateness);

    /// <summary>Every post of <paramref name="days"/> local dates from <paramref name="from"/>, in time order,
    /// whether or not announcements are switched on (so a team can read them before turning them on).</summary>
    public static IReadOnlyList<AnnouncementPreview> Preview(ChannelSchedule schedule, DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var hours = new OpeningHours(schedule);
        return Enumerable.Range(0, days)
            .SelectMany(d => ForDate(hours, from.AddDays(d)))
            .Select(p => new AnnouncementPreview(p.Post.Kind, p.Post.At, p.Post.Text))
            .OrderBy(p => p.At)
            .ToList();
    }

    /// <summary>The posts of one opening day, with that day's last closing instant.</summary>
    internal static IEnumerable<(PlannedAnnouncement Post, DateTimeOffset DayCloses)> ForDate(OpeningHours hours, DateOnly date)
    {
        var periods = hours.IntervalsOn(date);
        if (periods.Count == 0) yield break;
        var opensAt = periods[0].Start;
        var closesAt = periods.Max(p => p.End);
        var schedule = hours.Schedule;
        var templates = schedule.EffectiveTemplates();
        var closeTime = TimeOnly.FromDateTime(closesAt.DateTime);
        var nextOpen = hours.NextOpening(closesAt)?.DateTime;

        if (!hours.IsOpen(opensAt.AddTicks(-1)))
        {
            var text = TemplateRenderer.Render(templates.Opening!, schedule.Language, date, closeTime, nextOpen);
            yield return (new PlannedAnnouncement(AnnouncementKind.Opening, date, opensAt, text, schedule.Language), closesAt);
        }
        if (!hours.IsOpen(closesAt))
        {
            var text = TemplateRenderer.Render(templates.Closing!, schedule.Language, hours.LocalDate(closesAt), closeTime, nextOpen);
            yield return (new PlannedAnnouncement(AnnouncementKind.Closing, date, closesAt, text, schedule.Language), closesAt);
        }
    }
}
