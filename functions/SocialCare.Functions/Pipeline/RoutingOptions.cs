namespace SocialCare.Functions.Pipeline;

public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    public string DefaultTeam { get; set; } = "first-line";
}
