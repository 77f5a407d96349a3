using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Moderation;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ModerationRulesBody))]
[JsonSerializable(typeof(ModerationRulesAnswer))]
public sealed partial class ModerationJson : JsonSerializerContext;
