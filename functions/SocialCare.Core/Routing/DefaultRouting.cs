namespace SocialCare.Core.Routing;

/// <summary>
/// Good-practice defaults used when nothing is stored: questions to first line (speed), complaints and negative cases
/// to care specialists, purchase intent to sales, abuse and spam to moderation, safety and crisis to the PR team.
/// </summary>
public static class DefaultRouting
{
    public const string FirstLine = "first-line";
    public const string Care = "care";
    public const string Sales = "sales";
    public const string Moderation = "moderation";
    public const string Crisis = "crisis";

    public static IReadOnlyList<string> TeamIds { get; } = [FirstLine, Care, Sales, Moderation, Crisis];

    public static IReadOnlyList<RoutingRule> Rules { get; } =
    [
        new("Safety and crisis signals go to the PR and crisis team", Crisis, new(Signals: ["safety", "crisis"])),
        new("Abuse and spam go to moderation", Moderation, new(Intents: ["abuse", "spam"])),
        new("Complaints go to care specialists", Care, new(Intents: ["complaint"])),
        new("Negative messages go to care specialists", Care, new(Sentiments: ["negative"])),
        new("Purchase intent goes to sales", Sales, new(Intents: ["purchase_intent"])),
        new("Questions go to first line", FirstLine, new(Intents: ["question"])),
        new("Everything else goes to first line", FirstLine),
    ];

    public static IReadOnlyList<Team> Teams { get; } =
    [
        Team(FirstLine, "First line", Targets(15, 30, 4 * 60), "question", "other", "praise"),
        Team(Care, "Care specialists", Targets(30, 60, 8 * 60), "complaint"),
        Team(Sales, "Sales", Targets(30, 60, 8 * 60), "purchase_intent"),
        Team(Moderation, "Moderation", Targets(60, 120, 24 * 60), "abuse", "spam"),
        Team(Crisis, "PR and crisis", Targets(10, 20, 2 * 60)),
    ];

    /// <summary>The stored team, else the default one with that id, else first line's targets under that id.</summary>
    public static Team TeamOrDefault(Team? stored, string teamId) =>
        stored ?? Teams.FirstOrDefault(t => t.Id == teamId) ?? Teams[0] with { Id = teamId, Name = teamId };

    private static Team Team(string id, string name, SlaTargets sla, params string[] intents) =>
        new(id, name, new TeamIntake(intents, [], [], [], []), sla);

    /// <summary>Targets for normal priority (P3); P1 gets a quarter, P2 half, P4 double.</summary>
    private static SlaTargets Targets(int firstMinutes, int nextMinutes, int resolutionMinutes)
    {
        SlaTarget Scaled(double f) => new(TimeSpan.FromMinutes(firstMinutes * f), TimeSpan.FromMinutes(nextMinutes * f), TimeSpan.FromMinutes(resolutionMinutes * f));
        return new SlaTargets(new Dictionary<int, SlaTarget> { [1] = Scaled(0.25), [2] = Scaled(0.5), [3] = Scaled(1), [4] = Scaled(2) });
    }
}
