using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// The local stand-in for a Teams Workflows URL, as MailDev is for SMTP: POST /dev/teams-webhook keeps the last 200
/// cards, GET /dev/teams shows them as Teams would (and as posted with ?format=json). Only the local host maps it.
/// </summary>
public static class DevTeamsWebhook
{
    public const string Path = "/dev/teams-webhook";
    private const int Kept = 200;
    private static readonly ConcurrentQueue<JsonNode> Cards = new();

    public static void MapDevTeams(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, async (HttpRequest request) =>
        {
            var card = await JsonNode.ParseAsync(request.Body);
            if (card is null) return Problems.Invalid("body", "must be a Teams message with an Adaptive Card");
            Cards.Enqueue(card);
            while (Cards.Count > Kept) Cards.TryDequeue(out _);
            return Results.Accepted();
        });
        // As a person sees the cards (title, facts, the message, buttons); ?format=json gives them as posted.
        routes.MapGet("/dev/teams", (HttpContext http, string? format) =>
        {
            var cards = Cards.Reverse().ToArray();
            if (format == "json") return Results.Json(cards);
            Workspace.Page.AddSecurityHeaders(http.Response);
            return Workspace.Page.Of<Workspace.Pages.DevTeamsCards>(new { Cards = cards.Select(TeamsCardView.Of).ToList() });
        });
    }
}
