using System.Globalization;
using System.Text.Json;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Functions.Announcements;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Schedules;

/// <summary>
/// PUT/GET/DELETE /api/schedules/{channelId}, GET /api/schedules and GET /api/schedules/{channelId}/preview?from=&amp;days=.
/// Channel ids hold ':' ("facebook:123"), sent as is or URL-encoded.
/// </summary>
[HandlesFunction("Schedules")]
public sealed class SchedulesFunction : IHttpFunction
{
    private const int DefaultPreviewDays = 7;
    private const int MaxPreviewDays = 31;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/schedules", ListAsync);
        routes.MapGet("/api/schedules/{channelId}", GetAsync);
        routes.MapPut("/api/schedules/{channelId}", PutAsync);
        routes.MapDelete("/api/schedules/{channelId}", DeleteAsync);
        routes.MapGet("/api/schedules/{channelId}/preview", PreviewAsync);
    }

    private static async Task<IResult> ListAsync(IScheduleStore store, CancellationToken ct)
    {
        var all = await store.ListAsync(ct);
        var items = all.OrderBy(s => s.ChannelId, StringComparer.Ordinal).Select(s => new ScheduleListItem(s.ChannelId, s.Schedule)).ToList();
        return Results.Json(items, AnnouncementsJson.Default.ListScheduleListItem);
    }

    private static async Task<IResult> GetAsync(string channelId, IScheduleStore store, CancellationToken ct) =>
        await store.GetAsync(channelId, ct) is { } schedule
            ? Results.Json(schedule, HoursJson.Default.ChannelSchedule)
            : Problems.NotFound($"No schedule stored for '{channelId}'; it uses the default hours.");

    private static async Task<IResult> PutAsync(string channelId, HttpRequest request, IScheduleStore store, CancellationToken ct)
    {
        if (ScheduleProblems.MaxPostLength(channelId) is not { } maxPostLength) return ScheduleProblems.UnknownPlatform(channelId);
        ChannelSchedule? schedule;
        try
        {
            schedule = await JsonSerializer.DeserializeAsync(request.Body, HoursJson.Default.ChannelSchedule, ct);
        }
        catch (JsonException e)
        {
            return ScheduleProblems.Invalid("body", ScheduleProblems.Describe(e));
        }
        if (schedule is null) return ScheduleProblems.Invalid("body", "a schedule object is required");
        var errors = ScheduleValidator.Validate(schedule, maxPostLength);
        if (errors.Count > 0) return ScheduleProblems.Invalid(errors);
        await store.PutAsync(channelId, schedule, ct);
        return Results.Json(schedule, HoursJson.Default.ChannelSchedule);
    }

    private static async Task<IResult> DeleteAsync(string channelId, IScheduleStore store, CancellationToken ct) =>
        await store.DeleteAsync(channelId, ct)
            ? Results.NoContent()
            : Problems.NotFound($"No schedule stored for '{channelId}'.");

    private static async Task<IResult> PreviewAsync(string channelId, string? from, string? days, IScheduleStore store, TimeProvider time, CancellationToken ct)
    {
        var count = DefaultPreviewDays;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxPreviewDays))
            return ScheduleProblems.Invalid("days", $"must be a whole number from 1 to {MaxPreviewDays}");
        var schedule = await store.GetAsync(channelId, ct) ?? ChannelSchedule.Default();
        DateOnly start;
        if (from is null) start = new OpeningHours(schedule).LocalDate(time.GetUtcNow());
        else if (!LocalTimes.TryParseDate(from, out start)) return ScheduleProblems.Invalid("from", "must be a date as yyyy-MM-dd");
        var posts = AnnouncementPlanner.Preview(schedule, start, count);
        return Results.Json(posts.ToList(), HoursJson.Default.ListAnnouncementPreview);
    }
}
