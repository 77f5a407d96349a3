using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Hours;

/// <summary>Source-generated JSON for schedules (HTTP body and table column), status, preview and validation errors.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChannelSchedule))]
[JsonSerializable(typeof(OpeningStatus))]
[JsonSerializable(typeof(PlannedAnnouncement))]
[JsonSerializable(typeof(List<AnnouncementPreview>))]
[JsonSerializable(typeof(List<ScheduleError>))]
public sealed partial class HoursJson : JsonSerializerContext;
