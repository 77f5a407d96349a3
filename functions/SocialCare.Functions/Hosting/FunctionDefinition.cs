using System.Text.Json.Serialization;

namespace SocialCare.Functions.Hosting;

/// <summary>A function folder: its name and the bindings of its function.json.</summary>
public sealed record FunctionDefinition(string Name, string Path, IReadOnlyList<BindingDefinition> Bindings)
{
    public BindingDefinition? Trigger => Bindings.FirstOrDefault(b => b.Direction == "in" && b.Type.EndsWith("Trigger", StringComparison.Ordinal));
    public IEnumerable<BindingDefinition> Outputs => Bindings.Where(b => b.Direction == "out");
    public bool IsHttp => Trigger?.Type == BindingTypes.HttpTrigger;
}

public sealed record BindingDefinition(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("queueName")] string? QueueName = null,
    [property: JsonPropertyName("schedule")] string? Schedule = null,
    [property: JsonPropertyName("dataType")] string? DataType = null,
    [property: JsonPropertyName("connection")] string? Connection = null,
    [property: JsonPropertyName("route")] string? Route = null,
    [property: JsonPropertyName("methods")] string[]? Methods = null,
    [property: JsonPropertyName("authLevel")] string? AuthLevel = null)
{
    public bool IsBinary => string.Equals(DataType, "binary", StringComparison.OrdinalIgnoreCase);
}

public static class BindingTypes
{
    public const string HttpTrigger = "httpTrigger";
    public const string ServiceBusTrigger = "serviceBusTrigger";
    public const string ServiceBus = "serviceBus";
    public const string TimerTrigger = "timerTrigger";
}
