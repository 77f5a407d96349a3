using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Adapters.Language;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalyzeTextRequest))]
[JsonSerializable(typeof(AnalyzeTextResponse<SentimentDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<LanguageDocument>))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext;
