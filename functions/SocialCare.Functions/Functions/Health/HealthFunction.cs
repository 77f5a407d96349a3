using SocialCare.Functions.Hosting;
using SocialCare.Functions.Pipeline;

namespace SocialCare.Functions.Functions.Health;

/// <summary>GET /api/health: 200 when table and queue storage answer, 503 otherwise.</summary>
[FunctionName("Health")]
public sealed class HealthFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/health", async (StorageHealth health, CancellationToken ct) =>
        {
            var report = await health.CheckAsync(ct);
            return Results.Json(report, statusCode: report.Healthy ? 200 : 503);
        });
}
