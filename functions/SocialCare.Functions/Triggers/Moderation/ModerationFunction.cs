using System.Text.Json;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Moderation;

namespace SocialCare.Functions.Triggers.Moderation;

/// <summary>GET/PUT/DELETE /api/moderation/{channelId}: a channel's house rules (defaults when none are stored).</summary>
[HandlesFunction("Moderation")]
public sealed class ModerationFunction : IHttpFunction
{
    private const string Route = "/api/moderation/{channelId}";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, async (string channelId, IModerationRulesStore store, CancellationToken ct) =>
        {
            var stored = await store.GetAsync(channelId, ct);
            return Answer(channelId, stored ?? ModerationRules.Default, isDefault: stored is null);
        });
        routes.MapPut(Route, async (string channelId, HttpRequest request, IModerationRulesStore store, CancellationToken ct) =>
        {
            ModerationRulesBody? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync(request.Body, ModerationJson.Default.ModerationRulesBody, ct);
            }
            catch (JsonException e)
            {
                return Problems.Invalid(e.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body", "is not valid JSON rules here");
            }
            if (body is null) return Problems.Invalid("mode", "is required: send a JSON body");
            var (rules, field, error) = body.Validate();
            if (rules is null) return Problems.Invalid(field!, error!);
            await store.PutAsync(channelId, rules, ct);
            return Answer(channelId, rules, isDefault: false);
        });
        routes.MapDelete(Route, async (string channelId, IModerationRulesStore store, CancellationToken ct) =>
            await store.DeleteAsync(channelId, ct) ? Results.NoContent() : Problems.NotFound($"No rules are stored for {channelId}; it uses the defaults."));
    }

    private static IResult Answer(string channelId, ModerationRules rules, bool isDefault) =>
        Results.Json(new ModerationRulesAnswer(channelId, rules.Mode, rules.BlockAfterAbusive, (int)rules.Window.TotalDays, isDefault), ModerationJson.Default.ModerationRulesAnswer);
}
