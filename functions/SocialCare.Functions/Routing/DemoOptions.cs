namespace SocialCare.Functions.Routing;

public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Local host only: seed the default teams and demo agents when no team exists.</summary>
    public bool Seed { get; set; }
}
