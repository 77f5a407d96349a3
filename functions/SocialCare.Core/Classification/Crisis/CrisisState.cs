namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// An open episode as stored per scope: the policy's window state, the episode the crisis team sees, how many
/// updates were announced and the count at the last announcement (growth is announced in steps, not per event).
/// </summary>
public sealed record CrisisState(CrisisEpisode Window, Core.Crisis.CrisisEpisode Episode, int Updates, int AnnouncedCount, IReadOnlyList<string>? Sample = null)
{
    public const int SampleSize = 40;

    /// <summary>The sampled texts with one more, newest kept.</summary>
    public IReadOnlyList<string> SampleWith(string? text) => text is null ? Sample ?? [] : [.. (Sample ?? []).TakeLast(SampleSize - 1), text];
}
