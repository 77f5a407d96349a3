using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Triggers.DeadLetters;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<DeadLetterQueue>))]
[JsonSerializable(typeof(ReplayResult))]
public sealed partial class DeadLettersJson : JsonSerializerContext;

public sealed record ReplayResult(string Queue, int Replayed);
