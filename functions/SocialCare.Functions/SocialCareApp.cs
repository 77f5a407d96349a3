using SocialCare.Functions.Hosting;
using SocialCare.Functions.Pipeline;
using SocialCare.Functions.Telemetry;
using SocialCare.Functions.Workspace;

namespace SocialCare.Functions;

/// <summary>
/// One executable, two modes: with FUNCTIONS_CUSTOMHANDLER_PORT it is the Functions host's custom handler on
/// 127.0.0.1; otherwise it is the local host on port 7071 (--port) driving the same function.json bindings.
/// </summary>
public static class SocialCareApp
{
    /// <summary>Set by the Functions host: the port the custom handler listens on. Empty or absent: the local host.</summary>
    public const string HandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <param name="settings">Settings that win over every other source, applied before services read them (tests, benchmarks).</param>
    /// <param name="configure">Runs after the app's own registrations, so what it registers wins.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Settings given in code win; added first so the development defaults below are only those nobody set.
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        // The Functions host names the handler's port in this environment variable. Read through configuration (which
        // holds the environment), so a test sets the mode in its settings instead of in the process's environment.
        var handlerPort = builder.Configuration[HandlerPortSetting];
        var localHost = string.IsNullOrEmpty(handlerPort);
        builder.WebHost.UseUrls($"http://127.0.0.1:{(localHost ? PortArgument(args) ?? 7071 : int.Parse(handlerPort!, System.Globalization.CultureInfo.InvariantCulture))}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64L * 1024 * 1024);
        LocalSettings.AddTo(builder, localHost);
        // Inserted last at the bottom, so every other source (local.settings.json included) wins over it.
        LoggingDefaults.AddTo(builder.Configuration);
        if (localHost && string.IsNullOrEmpty(builder.Configuration["Teams:DefaultWebhookUrl"]) && PortArgument(args) is not 0)
        {
            // Cards go to the local stand-in unless a real Workflows URL is configured.
            builder.Configuration["Teams:DefaultWebhookUrl"] = $"http://127.0.0.1:{PortArgument(args) ?? 7071}{LocalHost.DevTeamsWebhook.Path}";
        }

        builder.Services.AddFunctionHost(localHost);
        // http to this machine is for the local host's stand-ins only; in Azure no setting can turn it on.
        builder.Services.PostConfigure<Adapters.Teams.TeamsOptions>(o => o.AllowLoopback = localHost);
        builder.Services.AddPipeline(builder.Configuration);
        builder.Services.AddWorkspace(builder.Configuration, localHost);
        // One error shape everywhere: RFC 9457 problem details, also for bare status codes and unhandled exceptions.
        builder.Services.AddProblemDetails();
        builder.Services.AddTelemetry(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapFunctions(localHost);
        return app;
    }

    private static int? PortArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--port");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var port) ? port : null;
    }
}
