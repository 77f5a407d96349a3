using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.RoutingRules;

/// <summary>GET /api/routing: the ordered rules (the defaults while none is stored); PUT /api/routing {"rules":[…]} replaces them.</summary>
[HandlesFunction("RoutingRules")]
public sealed class RoutingRulesFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/routing", GetAsync);
        routes.MapPut("/api/routing", PutAsync);
    }

    private static async Task<IResult> GetAsync(IRoutingDirectory directory, CancellationToken ct)
    {
        var stored = await directory.GetRulesAsync(ct);
        return Body(stored ?? DefaultRouting.Rules, stored is null ? "default" : "stored");
    }

    private static async Task<IResult> PutAsync(HttpRequest request, IRoutingDirectory directory, CancellationToken ct)
    {
        List<RoutingRule>? rules;
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            if (node is not JsonObject o || o["rules"] is not JsonArray array) return Problems.Invalid("rules", "must be an array of rules");
            rules = array.Deserialize(RoutingJson.Default.ListRoutingRule);
        }
        catch (JsonException)
        {
            return Problems.Invalid("body", "is not valid JSON {\"rules\":[…]}");
        }
        if (RoutingValidator.Rules(rules, await KnownTeams.ListAsync(directory, ct)) is { } invalid) return Problems.Invalid(invalid.Field, invalid.Message);
        await directory.PutRulesAsync(rules!, ct);
        return Body(rules!, "stored");
    }

    private static IResult Body(IReadOnlyList<RoutingRule> rules, string source) =>
        Results.Json(new JsonObject
        {
            ["source"] = source,
            ["rules"] = JsonSerializer.SerializeToNode(rules.ToList(), RoutingJson.Default.ListRoutingRule),
        });
}
