namespace SocialCare.Core.Hours;

/// <summary>One thing wrong with a schedule: the JSON path of the field (<c>weekly.monday[1]</c>,
/// <c>templates.pl.closing</c>, <c>exceptions[0].date</c>) and why, in words for the person who sent it.</summary>
public sealed record ScheduleError(string Field, string Reason);
