namespace SocialCare.Core.Routing;

/// <summary>
/// A team that takes a kind of case: what it takes (intents, signals, platforms, languages, channels; empty = any),
/// its SLA targets, and where its notifications go. Default ids: first-line, care, sales, moderation, crisis.
/// </summary>
public sealed record Team(
    string Id,
    string Name,
    TeamIntake Takes,
    SlaTargets Sla,
    string? TeamsWebhookUrl = null,
    string? Email = null,
    string TimeZone = "Europe/Warsaw");

public sealed record TeamIntake(
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> Signals,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Channels)
{
    public static TeamIntake Any { get; } = new([], [], [], [], []);
}

/// <summary>Business-time targets per priority level (1 = most urgent); a missing level uses the nearest less urgent one.</summary>
public sealed record SlaTargets(IReadOnlyDictionary<int, SlaTarget> ByPriority)
{
    public SlaTarget For(int priority) =>
        Enumerable.Range(priority, 5).Select(p => ByPriority.GetValueOrDefault(p)).FirstOrDefault(t => t is not null)
        ?? ByPriority.OrderBy(p => p.Key).Last().Value;
}

public sealed record SlaTarget(TimeSpan FirstResponse, TimeSpan NextResponse, TimeSpan Resolution);
