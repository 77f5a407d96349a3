using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Routing;

/// <summary>Source-generated JSON for teams, agents, rules and the owner index, as stored and as served over HTTP.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Team))]
[JsonSerializable(typeof(Agent))]
[JsonSerializable(typeof(List<Team>))]
[JsonSerializable(typeof(List<Agent>))]
[JsonSerializable(typeof(RoutingRule))]
[JsonSerializable(typeof(List<RoutingRule>))]
[JsonSerializable(typeof(CustomerOwner))]
public sealed partial class RoutingJson : JsonSerializerContext;
