namespace SocialCare.Functions.Demo;

/// <summary>
/// Section "Demo". <c>Demo:Seed</c>, local host only: at start, store the default teams and demo agents when no team
/// exists, and the demo channels' opening hours.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Seed { get; set; }
}
