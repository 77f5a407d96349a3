using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Classification.Corrections;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LabelCorrection))]
public sealed partial class CorrectionJson : JsonSerializerContext;
