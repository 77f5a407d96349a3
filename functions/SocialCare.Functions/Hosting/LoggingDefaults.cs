using Microsoft.Extensions.Configuration.Memory;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// Log levels nobody set: the framework at Warning (otherwise each request prints four Information blocks from
/// ASP.NET Core hosting, routing and HttpClient), the app's own categories and "Now listening on" at Information.
/// The lowest of all settings sources, wherever the app starts from: Logging__LogLevel__Default (the app's own level)
/// or Logging__LogLevel__Microsoft.AspNetCore in the environment or local.settings.json override them.
/// </summary>
public static class LoggingDefaults
{
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:System"] = "Warning",
        ["Logging:LogLevel:Azure"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
    };

    public static void AddTo(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
}
