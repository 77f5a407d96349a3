using System.Text.Json;
using SocialCare.Core.Hours;
using SocialCare.Core.Publishing;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Announcements;

/// <summary>The 400 answers of the schedule endpoints: problem details titled "invalid schedule", each failing field in <c>errors</c>.</summary>
public static class ScheduleProblems
{
    public const string InvalidSchedule = "invalid schedule";

    public static IResult Invalid(IReadOnlyList<ScheduleError> errors) =>
        Problems.Invalid(errors.Select(e => new KeyValuePair<string, string>(e.Field, e.Reason)), InvalidSchedule);

    public static IResult Invalid(string field, string reason) => Invalid([new ScheduleError(field, reason)]);

    /// <summary>The longest post the channel's platform takes, or null when the id's prefix names no known platform.</summary>
    public static int? MaxPostLength(string channelId)
    {
        var platform = ChannelPublishers.PlatformOf(channelId);
        return PlatformLimits.Platforms.Contains(platform, StringComparer.OrdinalIgnoreCase) && channelId.Contains(':', StringComparison.Ordinal)
            ? PlatformLimits.MaxPostLength(platform)
            : null;
    }

    public static IResult UnknownPlatform(string channelId) =>
        Invalid("channelId", $"'{channelId}' does not start with a known platform; use platform:account with platform one of {string.Join(", ", PlatformLimits.Platforms)}");

    public static string Describe(JsonException e) => e.Path is { Length: > 1 } path ? $"{path.TrimStart('$', '.')}: not valid here" : "the body is not valid JSON";
}
