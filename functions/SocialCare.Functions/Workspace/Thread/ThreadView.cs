using Microsoft.AspNetCore.Antiforgery;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Routing;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Thread;

/// <summary>Everything the conversation page shows: the case, its thread, the customer's earlier cases, who can take it, suggested answers.</summary>
public sealed record ThreadView(
    WorkspaceUser User,
    Conversation Conversation,
    IReadOnlyList<ConversationMessage> Messages,
    IReadOnlyList<Conversation> Earlier,
    IReadOnlyList<Agent> Agents,
    TimeZoneInfo Zone,
    DateTimeOffset Now,
    AntiforgeryTokenSet Antiforgery,
    string ReplyKey,
    ThreadNotice? Notice = null,
    string? Draft = null,
    IReadOnlyList<string>? Teams = null,
    IReadOnlyList<Core.Replies.Suggestion>? Suggestions = null)
{
    public string? OwnerName => Conversation.Assignee is { } id ? Agents.FirstOrDefault(a => a.Id == id)?.Name ?? id : null;

    public bool CanAct => User.CanAct(Conversation);

    /// <summary>The customer's answer to the satisfaction question: their first message after it was asked, once rated.</summary>
    public bool IsCsatAnswer(ConversationMessage m) =>
        Conversation is { Csat: not null, CsatAskedAt: { } asked }
        && m == Messages.FirstOrDefault(x => x.Direction == MessageDirection.Inbound && x.At >= asked);

    /// <summary>The customer's messages a reply can answer (the platform knows them by id), oldest first; the last is the default.</summary>
    public IReadOnlyList<ConversationMessage> Answerable =>
        [.. Messages.Where(m => m.Direction == MessageDirection.Inbound && m.PlatformMessageId is not null && m.State != MessageState.Removed)];

    /// <summary>A public Facebook or Instagram comment can be answered with a private message (Meta's private reply).</summary>
    public bool CanReplyPrivately => Conversation.Platform is "facebook" or "instagram" && !Core.Agents.AgentActions.IsPrivate(Conversation) && Answerable.Count > 0;

    /// <summary>A public comment of the customer's that the platform knows by id: the owner or a supervisor can hide, unhide or delete it.</summary>
    public bool CanModerate(ConversationMessage m) =>
        CanAct && m.Direction == MessageDirection.Inbound && m.PlatformMessageId is not null && !m.Kind.IsPrivate();

    public string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How a brand message went out: delivered, or why not ("not sent: channel not connected" reads as it is).</summary>
    public static string DeliveryOf(ConversationMessage m) => m.DeliveryError switch
    {
        null => "delivered",
        Core.Publishing.PublishResult.NotConnectedReason => Core.Publishing.PublishResult.NotConnectedReason,
        var error => $"not delivered: {error}",
    };

    public string AuthorOf(ConversationMessage m) =>
        m.AgentId is { } id ? Agents.FirstOrDefault(a => a.Id == id)?.Name ?? m.AuthorName : m.AuthorName;
}

/// <summary>
/// What the last action said: done, refused by the deflection guard, or failed with a reason. A refused reply keeps
/// what it answered (<see cref="InReplyTo"/>, <see cref="Private"/>), so **Send anyway** sends the same reply.
/// </summary>
public sealed record ThreadNotice(ThreadNoticeKind Kind, string Text, string? InReplyTo = null, bool Private = false);

public enum ThreadNoticeKind
{
    Done,
    Deflection,
    Failed,
}
