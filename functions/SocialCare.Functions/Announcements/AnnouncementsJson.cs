using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Announcements;

/// <summary>Source-generated JSON for the schedule endpoints' own shapes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ScheduleListItem>))]
public sealed partial class AnnouncementsJson : JsonSerializerContext;
