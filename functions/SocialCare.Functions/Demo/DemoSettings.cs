using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Demo;

/// <summary>The settings the local host would use (environment, then local.settings.json, then development defaults).</summary>
internal static class DemoSettings
{
    public static Func<string, string> Load()
    {
        var file = LocalSettings.ReadValues([Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);
        return name =>
            Environment.GetEnvironmentVariable(name.Replace(":", "__", StringComparison.Ordinal)) is { Length: > 0 } env ? env
            : file.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value
            : DevelopmentDefaults.Values.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Setting {name} is not set.");
    }
}
