using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Routing;

public sealed record ReplyRequest(string? AgentId, string? Text, bool Force = false);

public sealed record AssignRequest(string? AgentId);

public sealed record ModerateRequest(string? Action, string? MessageId = null, string? AgentId = null, string? Reason = null);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(AssignRequest))]
[JsonSerializable(typeof(ModerateRequest))]
public sealed partial class ActionJson : JsonSerializerContext;
