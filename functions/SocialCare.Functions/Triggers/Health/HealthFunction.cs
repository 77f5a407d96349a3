using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCare.Functions.Health;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Health;

/// <summary>GET /api/health: the framework's health checks (one per dependency); 200 when all answer, 503 otherwise.</summary>
[HandlesFunction("Health")]
public sealed class HealthFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/api/health", new HealthCheckOptions
        {
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(new HttpMethodMetadata(["GET"]));
}
