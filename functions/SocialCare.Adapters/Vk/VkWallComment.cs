using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>A comment under a community wall post. Thread <c>post:&lt;post_id&gt;</c>; the community's own comments are FromBrand, and its attachments travel with it.</summary>
internal static class VkWallComment
{
    public static InboundEvent ToEvent(long groupId, JsonElement comment, string? eventId, EventAction action, DateTimeOffset now)
    {
        var id = comment.RequiredLong("id");
        var postId = comment.RequiredLong("post_id");
        var ownerId = comment.Long("owner_id") ?? -groupId;
        var fromId = comment.RequiredLong("from_id");
        var replyTo = comment.Long("reply_to_comment");
        var attachments = VkMedia.Of(comment);
        var text = EventIds.Clip(MediaRefs.TextOr(comment.Str("text"), attachments));
        var fallbackKey = action == EventAction.Edited ? $"comment:{id}:edited:{EventIds.Digest(text, 12)}" : $"comment:{id}";
        return new InboundEvent(
            EventId: EventIds.For("vk", eventId ?? fallbackKey),
            Platform: "vk",
            ChannelId: $"vk:{groupId}",
            Kind: replyTo is null ? EventKind.Comment : EventKind.Reply,
            ConversationKey: $"post:{postId}",
            Author: new Author(fromId.ToString(CultureInfo.InvariantCulture), fromId < 0 ? $"club{-fromId}" : $"id{fromId}"),
            Text: text,
            Permalink: $"https://vk.com/wall{ownerId}_{postId}?reply={id}",
            CreatedAt: comment.UnixOrIso("date") ?? now,
            RawEventId: id.ToString(CultureInfo.InvariantCulture),
            Action: action,
            FromBrand: fromId == -groupId,
            InReplyTo: (replyTo ?? postId).ToString(CultureInfo.InvariantCulture),
            Attachments: attachments);
    }
}
