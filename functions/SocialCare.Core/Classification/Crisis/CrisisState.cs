namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// An open episode as stored per scope: the policy's window state, the episode the crisis team sees, how many
/// updates were announced and the count at the last announcement (growth is announced in steps, not per event).
/// </summary>
public sealed record CrisisState(CrisisWave Window, Core.Crisis.CrisisEpisode Episode, int Updates, int AnnouncedCount, IReadOnlyList<string>? Sample = null)
{
    public const int SampleSize = 40;

    /// <summary>Longest sampled text kept: 40 of them stay far below Table Storage's 32K-character column.</summary>
    public const int SampleTextLength = 280;

    /// <summary>
    /// The sampled texts with one more, newest kept. Only their words are kept (all the phrase finder reads), cut at
    /// <see cref="SampleTextLength"/>: a wave of 8,000-character complaints once outgrew the row and failed Classify
    /// for every later negative event in the scope. Older rows' longer samples are cut on their next write.
    /// </summary>
    public IReadOnlyList<string> SampleWith(string? text) =>
        text is null ? Sample ?? [] : [.. (Sample ?? []).TakeLast(SampleSize - 1).Select(SampleOf), SampleOf(text)];

    private static string SampleOf(string text)
    {
        var words = Core.Crisis.TopPhrases.Words(text);
        if (words.Length <= SampleTextLength) return words;
        var cut = words.LastIndexOf(' ', SampleTextLength);
        return words[..(cut > 0 ? cut : SampleTextLength)];
    }
}
