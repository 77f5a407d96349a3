using System.Text;
using System.Text.Json;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// POST /admin/functions/{name} {"input":"..."}: runs a trigger function now, as the Functions host's admin API does
/// (202 at once, the run goes on in the background; for a queue trigger the input is the message body).
/// </summary>
public static partial class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/admin/functions/{name}", RunAsync);

    private static async Task<IResult> RunAsync(string name, HttpRequest request, FunctionCatalog catalog, TriggerDispatcher dispatcher, OutputBindingWriter outputs, IHostApplicationLifetime lifetime, TimeProvider time, ILoggerFactory loggers)
    {
        var function = catalog.Find(name);
        if (function?.Trigger is null || function.IsHttp || !dispatcher.Knows(function.Name)) return Problems.NotFound($"No trigger function named '{name}'.");

        string? input;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            input = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        }
        catch (JsonException)
        {
            return Problems.Invalid("input", "must be sent as JSON {\"input\": \"...\"}");
        }
        if (input is null && function.Trigger.Type != BindingTypes.TimerTrigger) return Problems.Invalid("input", "is required: a queue-triggered function needs {\"input\": \"<message body>\"}");

        var now = time.GetUtcNow();
        var envelope = function.Trigger.Type == BindingTypes.TimerTrigger
            ? EnvelopeBuilder.ForTimer(function, function.Trigger, null, now, now, isPastDue: false)
            : EnvelopeBuilder.ForQueueMessage(function, function.Trigger, Encoding.UTF8.GetBytes(input!), 1, Guid.NewGuid().ToString("N"), now, now);
        var logger = loggers.CreateLogger(typeof(AdminEndpoints));
        _ = Task.Run(async () =>
        {
            var result = await dispatcher.InvokeAsync(function.Name, envelope, lifetime.ApplicationStopping);
            if (result.Succeeded) await outputs.WriteAsync(function, result.Body, lifetime.ApplicationStopping);
            else LogAdminRunFailed(logger, function.Name, result.StatusCode);
        });
        return Results.Accepted();
    }

    [LoggerMessage(LogLevel.Warning, "Admin run of {Function} failed with {Status}")]
    private static partial void LogAdminRunFailed(ILogger logger, string function, int status);
}
