namespace SocialCare.Bench;

/// <summary>The floor: a minimal API that reads the body and answers 200, nothing else.</summary>
internal static class BareKestrel
{
    public static WebApplication Build(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/", () => Results.Ok(new { service = "bare" }));
        app.MapPost("/bare", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return Results.Json(new { accepted = 1 });
        });
        return app;
    }

    /// <summary>The <c>bare-app --port N</c> mode: the startup bench's reference process.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(new BenchOptions(args).Int("port", 5099));
        await app.RunAsync();
        return 0;
    }
}
