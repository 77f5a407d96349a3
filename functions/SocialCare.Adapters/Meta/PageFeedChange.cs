using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// A Facebook page "feed" change: a comment or reply (item=comment) or a visitor/page post (item=post, status, photo,
/// video, share). Reactions, likes and other items are skipped. The thread of a comment is its top-level comment
/// (<c>comment:&lt;id&gt;</c>, Facebook nests one level); the thread of a post is <c>post:&lt;postId&gt;</c>. A photo
/// or video travels as its link; a comment or post with only a photo reads as "[image]".
/// </summary>
internal static class PageFeedChange
{
    private static readonly HashSet<string> PostItems = ["post", "status", "photo", "video", "share"];

    public static InboundEvent? ToEvent(string pageId, JsonElement value, DateTimeOffset entryTime)
    {
        var item = value.Str("item");
        var action = MetaVerbs.ToAction(value.Str("verb"));
        if (item is null || action is null) return null;
        var from = value.Obj("from");
        var authorId = WebhookFormatException.Within("from", () => from?.Id("id", IdShape.Numeric)) ?? "";
        var author = new Author(authorId, from?.Str("name") ?? authorId);
        var postId = value.Id("post_id", IdShape.MetaObject);
        var attachments = MetaMedia.OfFeed(item, value);
        var text = EventIds.Clip(MediaRefs.TextOr(value.Str("message"), attachments));
        var createdAt = value.UnixOrIso("created_time") ?? entryTime;
        var fromBrand = authorId == pageId;

        if (item == "comment")
        {
            var commentId = value.RequiredId("comment_id", IdShape.MetaObject);
            var parentId = value.Id("parent_id", IdShape.MetaObject);
            var isReply = parentId is not null && parentId != postId;
            return new InboundEvent(
                EventId: EventIds.For("facebook", MetaVerbs.EventKey(commentId, action.Value, text)),
                Platform: "facebook",
                ChannelId: $"facebook:{pageId}",
                Kind: isReply ? EventKind.Reply : EventKind.Comment,
                ConversationKey: $"comment:{(isReply ? parentId : commentId)}",
                Author: author,
                Text: text,
                Permalink: value.Obj("post")?.Str("permalink_url") is { } postLink
                    ? $"{postLink}{(postLink.Contains('?', StringComparison.Ordinal) ? '&' : '?')}comment_id={commentId}"
                    : $"https://www.facebook.com/{commentId}",
                CreatedAt: createdAt,
                RawEventId: commentId,
                Action: action.Value,
                FromBrand: fromBrand,
                InReplyTo: parentId ?? postId,
                Attachments: attachments);
        }
        if (!PostItems.Contains(item)) return null;
        var id = postId ?? value.RequiredId("id", IdShape.MetaObject);
        return new InboundEvent(
            EventId: EventIds.For("facebook", MetaVerbs.EventKey(id, action.Value, text)),
            Platform: "facebook",
            ChannelId: $"facebook:{pageId}",
            Kind: EventKind.Post,
            ConversationKey: $"post:{id}",
            Author: author,
            Text: text,
            Permalink: value.Str("permalink_url") ?? $"https://www.facebook.com/{id}",
            CreatedAt: createdAt,
            RawEventId: id,
            Action: action.Value,
            FromBrand: fromBrand,
            Attachments: attachments);
    }
}
