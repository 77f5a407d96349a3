using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SocialCare.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces, metrics and logs: to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set,
    /// and the pipeline's traces to the console when Telemetry:Console is true (off by default: it drowns the local host's output).
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var appInsights = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var console = configuration.GetValue<bool>("Telemetry:Console");
        if (string.IsNullOrEmpty(appInsights) && !console) return services;

        var credential = TelemetryCredential.From(configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        var telemetry = services.AddOpenTelemetry();
        telemetry.WithTracing(t =>
        {
            t.AddSource(PipelineTelemetry.Name);
            // The console gets the pipeline steps only; Application Insights also gets every request and outgoing call.
            if (!string.IsNullOrEmpty(appInsights)) t.AddAspNetCoreInstrumentation().AddOutgoingHttpTracing().AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights, credential);
            if (console) t.AddConsoleExporter();
        });
        if (!string.IsNullOrEmpty(appInsights))
        {
            telemetry.WithMetrics(m => m
                .AddMeter(PipelineTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights, credential));
            telemetry.WithLogging(l => l.AddAzureMonitorLogExporter(o => o.ConnectionString = appInsights, credential));
        }
        return services;
    }

    /// <summary>Spans for outgoing HTTP calls, with the Telegram bot token redacted; add exporters after this.</summary>
    public static TracerProviderBuilder AddOutgoingHttpTracing(this TracerProviderBuilder tracing) =>
        tracing.AddHttpClientInstrumentation().AddProcessor(new TelegramTokenRedaction());
}
