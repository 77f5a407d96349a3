using SocialCare.Core.Notifications;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.SupportTeams;

/// <summary>
/// Support teams (who takes which cases, in which hours; not Microsoft Teams, which is Adapters/Teams):
/// GET /api/teams (the defaults while none is stored), PUT/GET/DELETE /api/teams/{teamId}.
/// </summary>
[HandlesFunction("SupportTeams")]
public sealed class SupportTeamsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/teams", ListAsync);
        routes.MapGet("/api/teams/{teamId}", GetAsync);
        routes.MapPut("/api/teams/{teamId}", PutAsync);
        routes.MapDelete("/api/teams/{teamId}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(IRoutingDirectory directory, CancellationToken ct)
    {
        var stored = await directory.ListTeamsAsync(ct);
        return Results.Json((stored.Count > 0 ? stored : DefaultRouting.Teams).ToList(), RoutingJson.Default.ListTeam);
    }

    private static async Task<IResult> GetAsync(string teamId, IRoutingDirectory directory, CancellationToken ct) =>
        await directory.GetTeamAsync(teamId, ct) is { } team
            ? Results.Json(team, RoutingJson.Default.Team)
            : Problems.NotFound($"No team '{teamId}'.");

    private static async Task<IResult> PutAsync(string teamId, HttpRequest request, IRoutingDirectory directory, TeamsWebhookUrlPolicy webhooks, CancellationToken ct)
    {
        if (!IsId(teamId)) return Problems.Invalid("teamId", "may hold only letters, digits, '-' and '_' (1–64)");
        var (body, error) = await JsonBody.ReadAsync(request, RoutingJson.Default.Team, ct);
        if (error is not null) return error;
        var team = body! with { Id = teamId, Takes = body.Takes ?? TeamIntake.Any, TimeZone = body.TimeZone ?? "Europe/Warsaw" };
        if (RoutingValidator.Team(team, webhooks) is { } invalid) return Problems.Invalid(invalid.Field, invalid.Message);
        await directory.PutTeamAsync(team, ct);
        return Results.Json(team, RoutingJson.Default.Team);
    }

    private static async Task<IResult> DeleteAsync(string teamId, IRoutingDirectory directory, CancellationToken ct) =>
        await directory.DeleteTeamAsync(teamId, ct) ? Results.NoContent() : Problems.NotFound($"No team '{teamId}'.");

    internal static bool IsId(string id) => id.Length is >= 1 and <= 64 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
}
