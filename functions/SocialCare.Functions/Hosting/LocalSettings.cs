using System.Text.Json;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// Settings as Azure Functions reads them: environment variables win over local.settings.json "Values"; both use
/// "Section__Key" (or "Section:Key"). In the local host, what neither sets gets a development default.
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static IReadOnlyDictionary<string, string?> ReadValues(IEnumerable<string> folders)
    {
        var path = folders.Select(f => Path.Combine(f, FileName)).FirstOrDefault(File.Exists);
        if (path is null) return new Dictionary<string, string?>();
        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object) return new Dictionary<string, string?>();
        return values.EnumerateObject().ToDictionary(
            p => p.Name.Replace("__", ":", StringComparison.Ordinal),
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText(),
            StringComparer.OrdinalIgnoreCase);
    }

    public static void AddTo(WebApplicationBuilder builder, bool localHost)
    {
        var fromFile = ReadValues([Directory.GetCurrentDirectory(), builder.Environment.ContentRootPath, AppContext.BaseDirectory]);
        var sources = builder.Configuration.Sources;
        // Lowest first: development defaults, then local.settings.json, then everything the builder already has (env wins).
        sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = fromFile });
        if (!localHost) return;

        var missing = DevelopmentDefaults.Values
            .Where(d => string.IsNullOrEmpty(builder.Configuration[d.Key]))
            .ToDictionary(d => d.Key, d => (string?)d.Value);
        sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = missing });
        if (missing.Count > 0)
        {
            // Names only: some of these are (development) secrets.
            Console.WriteLine($"Development defaults for settings not found: {string.Join(", ", missing.Keys.Order(StringComparer.Ordinal))}");
        }
    }
}
