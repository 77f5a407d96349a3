using SocialCare.Functions.LocalHost;

namespace SocialCare.Functions.Hosting;

public static class FunctionEndpoints
{
    /// <summary>HTTP functions at their /api paths; trigger functions at POST /{name}; GET / answers the host's readiness poll.</summary>
    public static WebApplication MapFunctions(this WebApplication app, bool localHost)
    {
        if (localHost) app.UseMiddleware<FunctionKeyMiddleware>();
        app.MapGet("/", () => Results.Ok(new { service = "socialcare-functions" }));
        foreach (var function in app.Services.GetServices<IHttpFunction>()) function.Map(app);
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
        }
        return app;
    }
}
