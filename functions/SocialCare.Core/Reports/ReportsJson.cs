using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Reports;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SlaReport))]
[JsonSerializable(typeof(VoiceReport))]
public sealed partial class ReportsJson : JsonSerializerContext;
