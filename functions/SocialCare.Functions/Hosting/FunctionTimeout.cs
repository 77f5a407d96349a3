using System.Globalization;
using System.Text.Json;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// host.json <c>functionTimeout</c>: the host cancels an invocation that runs longer (and restarts the handler), so
/// no invocation, and no claim it holds, outlives it. The local host applies the same limit. Like the Functions host,
/// the app setting <c>AzureFunctionsJobHost__functionTimeout</c> overrides host.json.
/// </summary>
public sealed record FunctionTimeout(TimeSpan Length)
{
    /// <summary>What the Consumption plan uses when host.json names none.</summary>
    public static readonly FunctionTimeout ConsumptionDefault = new(TimeSpan.FromMinutes(5));

    public const string OverrideSetting = "AzureFunctionsJobHost:functionTimeout";

    public static FunctionTimeout Read(string appRoot, string? overridden = null)
    {
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return TimeSpan.TryParse(overridden, CultureInfo.InvariantCulture, out var set) && set > TimeSpan.Zero
                ? new FunctionTimeout(set)
                : throw new InvalidOperationException($"{OverrideSetting} must be a positive time span such as 00:05:00.");
        }
        var path = Path.Combine(appRoot, "host.json");
        if (!File.Exists(path)) return ConsumptionDefault;
        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("functionTimeout", out var value) && value.ValueKind == JsonValueKind.String
            && TimeSpan.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
            ? new FunctionTimeout(timeout)
            : ConsumptionDefault;
    }
}
