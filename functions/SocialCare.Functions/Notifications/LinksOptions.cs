namespace SocialCare.Functions.Notifications;

/// <summary>Where the app is reachable from an agent's browser (links in cards and emails).</summary>
public sealed class LinksOptions
{
    public const string SectionName = "Links";

    public string BaseUrl { get; set; } = "http://localhost:7071";
}
