using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>A new wall post: the community's own (FromBrand) or a visitor's post on the community wall, with its attachments.</summary>
internal static class VkWallPost
{
    public static InboundEvent ToEvent(long groupId, JsonElement post, string? eventId, DateTimeOffset now)
    {
        var id = post.RequiredLong("id");
        var ownerId = post.Long("owner_id") ?? -groupId;
        var fromId = post.Long("from_id") ?? ownerId;
        var attachments = VkMedia.Of(post);
        var author = post.Long("signer_id") ?? post.Long("created_by") ?? fromId;
        return new InboundEvent(
            EventId: EventIds.For("vk", eventId ?? $"post:{id}"),
            Platform: "vk",
            ChannelId: $"vk:{groupId}",
            Kind: EventKind.Post,
            ConversationKey: $"post:{id}",
            Author: new Author(author.ToString(CultureInfo.InvariantCulture), author < 0 ? $"club{-author}" : $"id{author}"),
            Text: EventIds.Clip(MediaRefs.TextOr(post.Str("text"), attachments)),
            Permalink: $"https://vk.com/wall{ownerId}_{id}",
            CreatedAt: post.UnixOrIso("date") ?? now,
            RawEventId: id.ToString(CultureInfo.InvariantCulture),
            FromBrand: fromId == -groupId,
            Attachments: attachments);
    }
}
