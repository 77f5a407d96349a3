using SocialCare.Core.Hours;

namespace SocialCare.Functions.Announcements;

/// <summary>Body of a 400 from the schedule endpoints.</summary>
public sealed record ScheduleProblem(string Error, List<ScheduleError> Errors);
