using System.Text.Json.Serialization;

namespace SocialCare.Functions.Hosting;

internal sealed record FunctionJsonFile([property: JsonPropertyName("bindings")] List<BindingDefinition> Bindings);

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(FunctionJsonFile))]
internal sealed partial class FunctionJsonContext : JsonSerializerContext;
