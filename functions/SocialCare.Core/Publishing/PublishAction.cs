using System.Text.Json.Serialization;

namespace SocialCare.Core.Publishing;

/// <summary>What an agent (or the announcement timer) asks a channel to do.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublishAction>))]
public enum PublishAction
{
    [JsonStringEnumMemberName("reply")] Reply,
    [JsonStringEnumMemberName("dm")] Dm,
    [JsonStringEnumMemberName("post")] Post,
    [JsonStringEnumMemberName("hide")] Hide,
    [JsonStringEnumMemberName("unhide")] Unhide,
    [JsonStringEnumMemberName("delete")] Delete,
    [JsonStringEnumMemberName("block")] Block,

    /// <summary>A private message answering a public comment (Meta's private replies), by the comment's id.</summary>
    [JsonStringEnumMemberName("private_reply")] PrivateReply,
}

public static class PublishActions
{
    /// <summary>The lowercase name used in the outbox and on the wire.</summary>
    public static string WireName(this PublishAction action) => action switch
    {
        PublishAction.Reply => "reply",
        PublishAction.Dm => "dm",
        PublishAction.Post => "post",
        PublishAction.Hide => "hide",
        PublishAction.Unhide => "unhide",
        PublishAction.Delete => "delete",
        PublishAction.Block => "block",
        PublishAction.PrivateReply => "private_reply",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
