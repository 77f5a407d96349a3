using System.Text.Json.Nodes;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Meta;

/// <summary>What each Meta action needs, and the Send API body that respects the messaging window.</summary>
internal static class MetaPublishRules
{
    public static string Needs(PublishAction action) => action switch
    {
        PublishAction.Reply or PublishAction.PrivateReply or PublishAction.Hide or PublishAction.Unhide or PublishAction.Delete => "InReplyTo (the comment id)",
        PublishAction.Block => "TargetUserId",
        _ => "a supported action",
    };

    /// <summary>
    /// Messenger/Instagram Send API body: RESPONSE inside 24 h, MESSAGE_TAG HUMAN_AGENT inside 7 days, else null with
    /// the reason.
    /// </summary>
    public static JsonObject? MessengerBody(string recipient, PublishRequest request, DateTimeOffset now, out string? refusal)
    {
        refusal = MessagingWindow.RefusalReason(request.LastCustomerMessageAt, now, humanAgentAllowed: true);
        if (refusal is not null) return null;
        var body = new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = recipient },
            ["message"] = new JsonObject { ["text"] = request.Text },
        };
        if (MessagingWindow.At(request.LastCustomerMessageAt, now) == MessagingWindowState.Standard)
        {
            body["messaging_type"] = "RESPONSE";
        }
        else
        {
            body["messaging_type"] = "MESSAGE_TAG";
            body["tag"] = "HUMAN_AGENT";
        }
        return body;
    }

    /// <summary>How long after a comment Meta accepts one private reply to it.</summary>
    public static readonly TimeSpan PrivateReplyWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// A private reply (Send API with <c>recipient.comment_id</c>): one per comment, within 7 days of it
    /// (<see cref="PublishRequest.LastCustomerMessageAt"/> carries the comment's time); else null with the reason.
    /// </summary>
    public static JsonObject? PrivateReplyBody(string commentId, PublishRequest request, DateTimeOffset now, out string? refusal)
    {
        refusal = request.LastCustomerMessageAt is { } at && now - at > PrivateReplyWindow
            ? "a private reply is possible only within 7 days of the comment"
            : null;
        if (refusal is not null) return null;
        return new JsonObject
        {
            ["recipient"] = new JsonObject { ["comment_id"] = commentId },
            ["message"] = new JsonObject { ["text"] = request.Text },
        };
    }
}
