using System.Reflection;
using SocialCare.Functions.LocalHost;

namespace SocialCare.Functions.Hosting;

public static class FunctionEndpoints
{
    /// <summary>HTTP functions at their /api paths; trigger functions at POST /{name}; GET / answers the host's readiness poll.</summary>
    public static WebApplication MapFunctions(this WebApplication app, bool localHost)
    {
        if (localHost)
        {
            app.UseDevEasyAuth();
            app.UseMiddleware<FunctionKeyMiddleware>();
        }
        app.MapGet("/", () => Results.Ok(new { service = "socialcare-functions" }));
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        foreach (var function in app.Services.GetServices<IHttpFunction>())
        {
            // Each function maps into a group carrying its function.json binding: routes, methods and keys are
            // written once, in function.json, and checked against what the code maps (HttpTriggerParityTests).
            var name = function.GetType().GetCustomAttribute<HandlesFunctionAttribute>()!.Name;
            var definition = catalog.Find(name);
            var trigger = definition is { IsHttp: true } ? definition.Trigger!
                : throw new InvalidOperationException($"{function.GetType().Name} handles '{name}', which has no httpTrigger function.json.");
            var group = app.MapGroup("");
            function.Map(group);
            group.WithMetadata(new HttpTriggerMetadata(name, trigger.AuthLevel ?? "function", trigger.Methods ?? [], trigger.Route ?? name.ToLowerInvariant()));
        }
        app.MapPost("/{name}", async (string name, HttpRequest request, TriggerDispatcher dispatcher, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            var result = await dispatcher.InvokeAsync(name, buffer.ToArray(), ct);
            request.HttpContext.Response.StatusCode = result.StatusCode;
            return Results.Bytes(result.Body, "application/json");
        });
        if (localHost)
        {
            app.MapAdmin();
            app.MapDevTeams();
            app.MapDevEasyAuth();
        }
        return app;
    }
}
