using Microsoft.Extensions.Options;
using SocialCare.Core.Routing;

namespace SocialCare.Functions.Routing;

/// <summary>Seeds the five default teams and a few online demo agents (Polish, Russian, English) when no team exists.</summary>
public sealed partial class DemoSeed(IRoutingDirectory directory, IOptions<Demo.DemoOptions> options, ILogger<DemoSeed> logger) : IHostedService
{
    public static IReadOnlyList<Agent> Agents { get; } =
    [
        new("anna", "Anna Kowalska", "anna@demo.localhost.test", [DefaultRouting.Care, DefaultRouting.FirstLine], ["pl", "en"], 5, Online: true),
        new("piotr", "Piotr Nowak", "piotr@demo.localhost.test", [DefaultRouting.FirstLine, DefaultRouting.Sales], ["pl"], 8, Online: true),
        new("olga", "Olga Ivanova", "olga@demo.localhost.test", [DefaultRouting.Care, DefaultRouting.Moderation], ["ru", "en"], 5, Online: true),
        new("james", "James Smith", "james@demo.localhost.test", [DefaultRouting.FirstLine, DefaultRouting.Crisis, DefaultRouting.Sales], ["en"], 6, Online: true),
        // The demo's supervisor: offline, so routing never gives her a case; she sees every view in the workspace.
        new("maria", "Maria Lewandowska", "maria@demo.localhost.test", [DefaultRouting.Care, DefaultRouting.FirstLine], ["pl", "en", "ru"], 10, Online: false, Role: AgentRole.Supervisor),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed || (await directory.ListTeamsAsync(cancellationToken)).Count > 0) return;
        foreach (var team in DefaultRouting.Teams) await directory.PutTeamAsync(team, cancellationToken);
        foreach (var agent in Agents) await directory.PutAgentAsync(agent, cancellationToken);
        LogSeeded(DefaultRouting.Teams.Count, Agents.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Seeded {Teams} demo teams and {Agents} demo agents")]
    private partial void LogSeeded(int teams, int agents);
}
