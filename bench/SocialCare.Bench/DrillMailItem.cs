namespace SocialCare.Bench;

/// <summary>One email as a drill counts it, whichever sink received it; <see cref="At"/> in Stopwatch ticks.</summary>
internal sealed record DrillMailItem(string? Subject, string? Body, string? MessageId, long At);
