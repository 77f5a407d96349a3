using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Routing;

/// <summary>Source-generated JSON for agent action bodies.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(AssignRequest))]
[JsonSerializable(typeof(ModerateRequest))]
[JsonSerializable(typeof(LabelsRequest))]
public sealed partial class ActionJson : JsonSerializerContext;
