using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Classification.Crisis;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CrisisState))]
[JsonSerializable(typeof(CrisisWave), TypeInfoPropertyName = "WindowEpisode")]
[JsonSerializable(typeof(Core.Crisis.CrisisEpisode), TypeInfoPropertyName = "Episode")]
public sealed partial class CrisisJson : JsonSerializerContext;
