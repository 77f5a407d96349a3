using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;

namespace SocialCare.Core.Messages;

/// <summary>Source-generated JSON for everything that crosses a queue or a table column.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(InboundEvent))]
[JsonSerializable(typeof(ClassifyMessage))]
[JsonSerializable(typeof(RouteMessage))]
[JsonSerializable(typeof(NotifyMessage))]
[JsonSerializable(typeof(Classification.Classification))]
[JsonSerializable(typeof(Conversation))]
[JsonSerializable(typeof(ConversationMessage))]
[JsonSerializable(typeof(List<ConversationMessage>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Publishing.OutboxEntry))]
[JsonSerializable(typeof(List<Publishing.OutboxEntry>))]
public sealed partial class CoreJson : JsonSerializerContext;
