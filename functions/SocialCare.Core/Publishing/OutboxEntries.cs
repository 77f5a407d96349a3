namespace SocialCare.Core.Publishing;

/// <summary>Builds the outbox line for a request and its outcome.</summary>
public static class OutboxEntries
{
    public static OutboxEntry For(PublishRequest request, DateTimeOffset at, string status, PublishResult? result = null) =>
        new(
            Id: request.OutboxId ?? Guid.CreateVersion7(at).ToString("N"),
            ChannelId: request.ChannelId,
            Action: request.Action.WireName(),
            Text: request.Text,
            InReplyTo: request.InReplyTo,
            ConversationId: request.ConversationId,
            At: at,
            Status: status,
            Announcement: request.Announcement,
            PlatformId: result?.PlatformId,
            Error: result?.Error);
}
