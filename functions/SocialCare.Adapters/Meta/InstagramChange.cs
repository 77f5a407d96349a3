using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// Instagram "comments" and "mentions" changes. A comment's thread is its top-level comment; a mention's thread is the
/// media it appears on. Mention notifications carry no text or author (the Graph API has them), so both stay empty.
/// </summary>
internal static class InstagramChange
{
    public static InboundEvent Comment(string igId, JsonElement value, DateTimeOffset entryTime)
    {
        var commentId = value.RequiredId("id", IdShape.MetaObject);
        var parentId = value.Id("parent_id", IdShape.MetaObject);
        var from = value.Obj("from");
        var authorId = WebhookFormatException.Within("from", () => from?.Id("id", IdShape.Numeric)) ?? "";
        return new InboundEvent(
            EventId: EventIds.For("instagram", commentId),
            Platform: "instagram",
            ChannelId: $"instagram:{igId}",
            Kind: parentId is null ? EventKind.Comment : EventKind.Reply,
            ConversationKey: $"comment:{parentId ?? commentId}",
            Author: new Author(authorId, from?.Str("username") ?? authorId),
            Text: EventIds.Clip(value.Str("text") ?? ""),
            Permalink: null,
            CreatedAt: entryTime,
            RawEventId: commentId,
            FromBrand: authorId == igId,
            InReplyTo: parentId ?? WebhookFormatException.Within("media", () => value.Obj("media")?.Id("id", IdShape.MetaObject)));
    }

    public static InboundEvent Mention(string igId, JsonElement value, DateTimeOffset entryTime)
    {
        var mediaId = value.RequiredId("media_id", IdShape.MetaObject);
        var commentId = value.Id("comment_id", IdShape.MetaObject);
        var rawId = commentId ?? mediaId;
        return new InboundEvent(
            EventId: EventIds.For("instagram", $"mention:{rawId}"),
            Platform: "instagram",
            ChannelId: $"instagram:{igId}",
            Kind: EventKind.Mention,
            ConversationKey: $"post:{mediaId}",
            Author: new Author("", ""),
            Text: "",
            Permalink: null,
            CreatedAt: entryTime,
            RawEventId: rawId,
            InReplyTo: commentId);
    }
}
