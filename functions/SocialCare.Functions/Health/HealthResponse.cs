using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialCare.Functions.Health;

/// <summary>
/// The body /api/health has always answered (<c>status</c>, <c>healthy</c>, <c>tables</c>, <c>queues</c>: "ok" or
/// "unreachable"), written from the framework's <see cref="HealthReport"/>. The reason a check failed stays in the log,
/// never in this anonymous answer.
/// </summary>
public static class HealthResponse
{
    public const string Tables = "tables";
    public const string Queues = "queues";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var healthy = report.Status != HealthStatus.Unhealthy;
        var body = new Dictionary<string, object>
        {
            ["status"] = healthy ? "healthy" : "unhealthy",
            ["healthy"] = healthy,
        };
        foreach (var (name, entry) in report.Entries)
            body[name] = entry.Status == HealthStatus.Healthy ? "ok" : "unreachable";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
