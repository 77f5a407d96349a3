using SocialCare.Adapters.Intent;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.Models;

/// <summary>
/// GET /api/models/intent: the intent model in use (version, when and from how many examples it was trained, its
/// figures; "shipped" is the one built from the corpus by <c>./run train</c>) and every stored version.
/// POST /api/models/intent/rollback {"version"?}: makes that version (default: the one active before) active again.
/// </summary>
[HandlesFunction("Models")]
public sealed class ModelsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/models/intent", ShowAsync);
        routes.MapPost("/api/models/intent/rollback", RollBackAsync);
    }

    private static async Task<IResult> ShowAsync(ActiveIntentModel active, TableIntentModelStore store, CancellationToken ct) =>
        Results.Json(new IntentModelView(active.IsShipped ? IntentRetrainer.Shipped : "store", active.Current?.Info, await store.ListAsync(ct)), ModelsJson.Default.IntentModelView);

    private static async Task<IResult> RollBackAsync(HttpRequest request, IntentRetrainer retrainer, ActiveIntentModel active, TableIntentModelStore store, CancellationToken ct)
    {
        RollbackRequest? body = new(null);
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (read, error) = await JsonBody.ReadAsync(request, ModelsJson.Default.RollbackRequest, ct);
            if (error is not null) return error;
            body = read;
        }
        try
        {
            if (await retrainer.RollBackAsync(body!.Version, ct) is null) return Problems.NotFound($"No stored intent model version '{body.Version}'.");
        }
        catch (InvalidDataException e)
        {
            // A version trained by an older release on other features: it cannot be read, so it cannot be made active.
            return Problems.Status(StatusCodes.Status409Conflict, $"Intent model version '{body!.Version}' cannot be used by this release: {e.Message}");
        }
        return await ShowAsync(active, store, ct);
    }
}

public sealed record IntentModelView(string Source, IntentModelInfo? Active, IReadOnlyList<IntentModelInfo> Versions);

public sealed record RollbackRequest(string? Version);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IntentModelView))]
[System.Text.Json.Serialization.JsonSerializable(typeof(RollbackRequest))]
public sealed partial class ModelsJson : System.Text.Json.Serialization.JsonSerializerContext;
