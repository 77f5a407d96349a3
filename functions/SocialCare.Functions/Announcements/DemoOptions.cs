namespace SocialCare.Functions.Announcements;

/// <summary>Section "Demo": <c>Demo:Seed</c> stores demo channel schedules at start in local host mode.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Seed { get; set; }
}
