using SocialCare.Core.Conversations;
using SocialCare.Core.Drafts;
using SocialCare.Core.Events;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Agents;

/// <summary>
/// What an agent does to a conversation: reply in the same thread, resolve, reopen, assign, moderate. Each change is
/// written with the version read (a conflict reads again), then clocks and owners are settled by the router.
/// An action that publishes and carries an idempotency key is claimed before it is published and recorded after
/// (<see cref="OncePublisher"/>): a retry with the same key publishes nothing and records nothing twice.
/// Every assignment an action makes (its own, the backlog it drains, the settling) is stored owing its notice and
/// sent through the <see cref="AssignmentOutbox"/> before the action returns.
/// </summary>
public sealed class AgentActions(IConversationStore store, IRoutingDirectory directory, ConversationRouter router, ChannelPublishers publishers, OncePublisher once, AssignmentOutbox outbox,
    DraftChecker checker, TimeProvider time)
{
    private readonly ConversationUpdater updater = new(store);

    /// <summary>The claim of an agent's keyed action: one per conversation, action and idempotency key.</summary>
    public static string ActionKey(string action, string conversationId, string idempotencyKey) => $"{action}:{conversationId}:{idempotencyKey}";

    /// <summary>
    /// Answers in the same thread on the same platform: the customer message <paramref name="inReplyTo"/> names (its id
    /// or platform id), else the customer's last one. <paramref name="privately"/> answers a public Facebook or Instagram
    /// comment with a private message (Meta's private reply), kept in the same case.
    /// The draft is checked against the service rules (<see cref="DraftChecker"/>): a deflection stops it unless
    /// <paramref name="force"/>d; a reply that leaves forced or with findings open is recorded for the report.
    /// </summary>
    /// <exception cref="PublishInProgressException">A request with the same key is publishing this reply now.</exception>
    public async Task<ActionOutcome> ReplyAsync(string conversationId, string agentId, string text, bool force, CancellationToken cancellationToken, string? idempotencyKey = null,
        string? inReplyTo = null, bool privately = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return ActionOutcome.Invalid("text", "is required");
        var agent = await directory.GetAgentAsync(agentId, cancellationToken);
        if (agent is null) return ActionOutcome.Invalid("agentId", $"names unknown agent '{agentId}'");
        var deflection = DeflectionCheck.Find(text);
        if (!force && deflection is not null) return new ActionOutcome(ActionStatus.Deflection, Detail: deflection);
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null) return ActionOutcome.Missing;
        var c = found.Value;

        var messages = await store.GetMessagesAsync(conversationId, cancellationToken);
        var last = string.IsNullOrEmpty(inReplyTo)
            ? messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound)
            : messages.FirstOrDefault(m => m.Direction == MessageDirection.Inbound && (m.Id == inReplyTo || m.PlatformMessageId == inReplyTo));
        if (!string.IsNullOrEmpty(inReplyTo) && last is null) return ActionOutcome.Invalid("inReplyTo", "names no customer message of this conversation");
        var isPrivate = last?.Kind.IsPrivate() ?? false;
        privately = privately && !isPrivate;
        if (privately && (c.Platform is not ("facebook" or "instagram") || last?.PlatformMessageId is null))
        {
            return ActionOutcome.Invalid("private", "a private reply answers a public Facebook or Instagram comment");
        }
        var request = new PublishRequest(
            c.ChannelId,
            isPrivate ? PublishAction.Dm : privately ? PublishAction.PrivateReply : PublishAction.Reply,
            text,
            InReplyTo: last?.PlatformMessageId,
            TargetUserId: c.Customer.Id,
            ConversationId: c.Id,
            // A private reply's window runs from the comment it answers.
            LastCustomerMessageAt: privately ? last!.At : c.LastCustomerMessageAt,
            ThreadKey: c.ConversationKey);
        isPrivate = isPrivate || privately;
        var findings = await checker.CheckAsync(text, DraftReview.ContextOf(c, !isPrivate), cancellationToken);
        var flagged = findings.Count > 0 ? new FlaggedReply(agent.Id, time.GetUtcNow(), deflection is not null, [.. findings.Select(f => f.Code).Distinct()]) : null;
        var result = await PublishAsync("reply", conversationId, idempotencyKey, request, cancellationToken);
        var now = time.GetUtcNow();
        if (!result.Succeeded)
        {
            // Kept in the thread as not delivered, with the platform's reason; no clock stops for it.
            var failed = new ConversationMessage($"reply-failed:{Guid.CreateVersion7(now):N}", MessageDirection.Outbound, text, now,
                isPrivate ? EventKind.DirectMessage : EventKind.Reply, agent.Id, agent.Name, AgentId: agent.Id, DeliveryError: result.Error ?? "the platform refused the reply");
            var kept = await updater.UpdateAsync(conversationId, current => Task.FromResult<ConversationUpdater.Change?>(new(current, [failed])), cancellationToken);
            return new ActionOutcome(ActionStatus.PlatformFailed, kept ?? c, result.Error);
        }

        var message = new ConversationMessage(
            Id: $"reply:{result.PlatformId ?? Guid.CreateVersion7(now).ToString("N")}",
            Direction: MessageDirection.Outbound,
            Text: text,
            At: now,
            Kind: isPrivate ? EventKind.DirectMessage : EventKind.Reply,
            AuthorId: agent.Id,
            AuthorName: agent.Name,
            PlatformMessageId: result.PlatformId,
            AgentId: agent.Id);
        // Recorded after publishing, once: a retry that got the stored result finds the message already written
        // (checked again on every conflict, so two concurrent retries count it once).
        await updater.UpdateAsync(conversationId, async current =>
            result.PlatformId is { } published && await store.GetMessageAsync(current, published, cancellationToken) is not null
                ? null
                : new ConversationUpdater.Change(current with
                {
                    MessageCount = current.MessageCount + 1,
                    LastMessageAt = now > current.LastMessageAt ? now : current.LastMessageAt,
                    Preview = Conversation.PreviewOf(text),
                    FirstResponseAt = current.FirstResponseAt ?? now,
                    LastResponseAt = now,
                    Assignee = current.Assignee ?? agent.Id,
                    AssignedAt = current.AssignedAt ?? now,
                    FlaggedReplies = flagged is null ? current.FlaggedReplies : [.. current.FlaggedReplies ?? [], flagged with { At = now }],
                }, [message]), cancellationToken);
        return await SettledAsync(conversationId, [], cancellationToken);
    }

    /// <summary>An internal note for colleagues: stored in the thread, never published, never counted as a response.</summary>
    public async Task<ActionOutcome> AddNoteAsync(string conversationId, Agent author, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return ActionOutcome.Invalid("text", "is required");
        var now = time.GetUtcNow();
        var note = new ConversationMessage($"note:{Guid.CreateVersion7(now):N}", MessageDirection.Internal, text.Trim(), now, EventKind.Note, author.Id, author.Name, AgentId: author.Id);
        var updated = await updater.UpdateAsync(conversationId, c => Task.FromResult<ConversationUpdater.Change?>(new(c, [note])), cancellationToken);
        return updated is null ? ActionOutcome.Missing : new ActionOutcome(ActionStatus.Done, updated);
    }

    /// <summary>Waiting on the customer: the SLA clocks stop until the customer writes again, which reopens the case.</summary>
    public async Task<ActionOutcome> WaitOnCustomerAsync(string conversationId, CancellationToken cancellationToken)
    {
        var updated = await updater.UpdateAsync(conversationId, c => Task.FromResult<ConversationUpdater.Change?>(
            c.Status == ConversationStatus.Open ? new(c.WaitingFrom(time.GetUtcNow()), [ThreadEvent.Of("Waiting on the customer: the clocks stop until they write", time.GetUtcNow())]) : null), cancellationToken);
        if (updated is null) return ActionOutcome.Missing;
        return await SettledAsync(conversationId, [], cancellationToken);
    }

    /// <summary>Resolves; a private conversation gets the one CSAT question; the owner's freed capacity drains the backlog.</summary>
    public async Task<ActionOutcome> ResolveAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (resolved, askCsat) = await updater.UpdateAsync(conversationId, c =>
        {
            if (c.Status == ConversationStatus.Resolved) return Task.FromResult<(ConversationUpdater.Change?, bool)>((null, false));
            var ask = IsPrivate(c) && c.CsatAskedAt is null;
            return Task.FromResult<(ConversationUpdater.Change?, bool)>((new(c.Resumed(now) with
            {
                Status = ConversationStatus.Resolved,
                ResolvedAt = now,
                CsatAskedAt = ask ? now : c.CsatAskedAt,
            }, [ThreadEvent.Of(ask ? "Resolved; the customer is asked to rate the help (1–5)" : "Resolved", now)]), ask));
        }, cancellationToken);
        if (resolved is null) return ActionOutcome.Missing;
        if (askCsat)
        {
            await publishers.PublishAsync(new PublishRequest(resolved.ChannelId, PublishAction.Dm, CsatQuestion.For(resolved.Classification?.Language),
                TargetUserId: resolved.Customer.Id, ConversationId: resolved.Id, LastCustomerMessageAt: resolved.LastCustomerMessageAt, ThreadKey: resolved.ConversationKey), cancellationToken);
        }
        return await SettledAsync(conversationId, await DrainForAsync(resolved.Assignee, cancellationToken), cancellationToken);
    }

    public async Task<ActionOutcome> ReopenAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reopened = await updater.UpdateAsync(conversationId, c => Task.FromResult<ConversationUpdater.Change?>(
            c.Status != ConversationStatus.Open
                ? new(c.Resumed(now) with { Status = ConversationStatus.Open, ResolvedAt = null, Reopens = c.Status == ConversationStatus.Resolved ? c.Reopens + 1 : c.Reopens }, [ThreadEvent.Of("Reopened", now)])
                : null), cancellationToken);
        if (reopened is null) return ActionOutcome.Missing;
        return await SettledAsync(conversationId, [], cancellationToken);
    }

    /// <summary>Gives the conversation to an agent (also what a claim link does); the previous owner's capacity drains the backlog.</summary>
    public async Task<ActionOutcome> AssignAsync(string conversationId, string agentId, CancellationToken cancellationToken)
    {
        var agent = await directory.GetAgentAsync(agentId, cancellationToken);
        if (agent is null) return ActionOutcome.Invalid("agentId", $"names unknown agent '{agentId}'");
        var now = time.GetUtcNow();
        var (assigned, previous) = await updater.UpdateAsync(conversationId, c => Task.FromResult<(ConversationUpdater.Change?, string?)>(
            (c.Assignee == agentId ? null : new(c.AssignedTo(agentId, now), [ThreadEvent.Of($"Assigned to {agent.Name}", now)]), c.Assignee)), cancellationToken);
        if (assigned is null) return ActionOutcome.Missing;
        await directory.SetOwnerAsync(new CustomerOwner(assigned.ChannelId, assigned.Customer.Id, assigned.Id, agentId, now), cancellationToken);
        var changed = previous != agentId;
        var drained = changed ? await DrainForAsync(previous, cancellationToken) : [];
        IReadOnlyList<Assignment> all = changed ? [new Assignment(conversationId, agentId, FromBacklog: false), .. drained] : drained;
        await outbox.SendOwedAsync(all, cancellationToken);
        return new ActionOutcome(ActionStatus.Done, assigned, Assignments: all);
    }

    /// <summary>
    /// Moves the case to another team with a note: it leaves its owner (whose freed capacity drains their backlog),
    /// the note lands in the thread, and someone online in the new team takes it, or its backlog keeps it. The team
    /// sticks when the customer writes again.
    /// </summary>
    public async Task<ActionOutcome> EscalateAsync(string conversationId, string team, Agent by, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team) || await directory.GetTeamAsync(team, cancellationToken) is null) return ActionOutcome.Invalid("team", $"names no team '{team}'");
        var now = time.GetUtcNow();
        var text = $"Escalated to team {team} by {by.Name}" + (string.IsNullOrWhiteSpace(note) ? "." : $": {note.Trim()}");
        var written = new ConversationMessage($"note:{Guid.CreateVersion7(now):N}", MessageDirection.Internal, text, now, EventKind.Note, by.Id, by.Name, AgentId: by.Id);
        var (moved, previous) = await updater.UpdateAsync(conversationId, c => Task.FromResult<(ConversationUpdater.Change?, string?)>(
            c.Team == team ? (null, null) : (new(c with
            {
                Team = team,
                Assignee = null,
                AssignedAt = null,
                OwnerNoticeOwed = false,
                Escalation = new Escalation(team, by.Id, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim()),
            }, [written]), c.Assignee)), cancellationToken);
        if (moved is null) return ActionOutcome.Missing;
        return await SettledAsync(conversationId, await DrainForAsync(previous, cancellationToken), cancellationToken);
    }

    /// <summary>An agent online with capacity to spare takes waiting conversations of their teams: highest priority, then oldest.</summary>
    public async Task<IReadOnlyList<Assignment>> TakeBacklogAsync(Agent agent, CancellationToken cancellationToken)
    {
        if (!agent.Online) return [];
        var taken = await router.DrainBacklogAsync(agent.Teams, cancellationToken);
        await outbox.SendOwedAsync(taken, cancellationToken);
        return taken;
    }

    /// <summary>hide, unhide or delete the customer's last message (or <paramref name="messageId"/>), or block the customer.</summary>
    /// <exception cref="PublishInProgressException">A request with the same key is publishing this action now.</exception>
    public async Task<ActionOutcome> ModerateAsync(string conversationId, string action, string? messageId, string? agentId, string? reason, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        PublishAction? verb = action switch
        {
            "hide" => PublishAction.Hide,
            "unhide" => PublishAction.Unhide,
            "delete" => PublishAction.Delete,
            "block" => PublishAction.Block,
            _ => null,
        };
        if (verb is null) return ActionOutcome.Invalid("action", "must be hide, unhide, delete or block");
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null) return ActionOutcome.Missing;
        var c = found.Value;
        var messages = await store.GetMessagesAsync(conversationId, cancellationToken);
        var target = messageId is null
            ? messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound)
            : messages.FirstOrDefault(m => m.Id == messageId || m.PlatformMessageId == messageId);
        if (verb != PublishAction.Block && target?.PlatformMessageId is null) return ActionOutcome.Invalid("messageId", "names no customer message of this conversation");

        var result = await PublishAsync(action, conversationId, idempotencyKey, new PublishRequest(c.ChannelId, verb.Value, null,
            InReplyTo: verb == PublishAction.Block ? null : target!.PlatformMessageId, TargetUserId: c.Customer.Id, ConversationId: c.Id, ThreadKey: c.ConversationKey), cancellationToken);
        var key = idempotencyKey is null ? null : ActionKey(action, conversationId, idempotencyKey);
        var record = new ModerationRecord(action, verb == PublishAction.Block ? null : target!.Id, agentId, string.IsNullOrWhiteSpace(reason) ? "agent decision" : reason.Trim(),
            time.GetUtcNow(), result.Succeeded, result.Error, key);
        var hiddenState = verb switch
        {
            PublishAction.Hide => MessageState.Hidden,
            PublishAction.Unhide => MessageState.Visible,
            PublishAction.Delete => MessageState.Removed,
            _ => (MessageState?)null,
        };
        var by = agentId is null ? null : await directory.GetAgentAsync(agentId, cancellationToken);
        var happened = ThreadEvent.Of(result.Succeeded
            ? $"{Done(verb.Value)} on {c.Platform}{(by is null ? "" : $" by {by.Name}")}: {record.Reason}"
            : $"{action} not done: {result.Error}", record.At, by?.Id, by?.Name);
        var updated = await updater.UpdateAsync(conversationId, current => Task.FromResult<ConversationUpdater.Change?>(
            key is not null && current.Moderation?.Any(m => m.Key == key) == true ? null : new(
                current with { Moderation = [.. current.Moderation ?? [], record] },
                result.Succeeded && hiddenState is { } state && target is not null ? [target with { State = state }, happened] : [happened])), cancellationToken);
        return result.Succeeded ? new ActionOutcome(ActionStatus.Done, updated) : new ActionOutcome(ActionStatus.PlatformFailed, updated, result.Error);
    }

    private static string Done(PublishAction verb) => verb switch
    {
        PublishAction.Hide => "Hidden",
        PublishAction.Unhide => "Shown again",
        PublishAction.Delete => "Deleted",
        _ => "Customer blocked",
    };

    // Without a key there is nothing to recognise a retry by: the action is published as asked (clients should send one).
    private async Task<PublishResult> PublishAsync(string action, string conversationId, string? idempotencyKey, PublishRequest request, CancellationToken cancellationToken) =>
        idempotencyKey is null
            ? await publishers.PublishAsync(request, cancellationToken)
            : (await once.PublishAsync(ActionKey(action, conversationId, idempotencyKey), request, cancellationToken)).Result;

    // Settles after an action and sends the notices of every assignment made on the way.
    private async Task<ActionOutcome> SettledAsync(string conversationId, IReadOnlyList<Assignment> drained, CancellationToken cancellationToken)
    {
        var settlement = await router.SettleAsync(conversationId, cancellationToken);
        IReadOnlyList<Assignment> all = settlement?.Assigned is { } assigned ? [assigned, .. drained] : drained;
        await outbox.SendOwedAsync(all, cancellationToken);
        return new ActionOutcome(ActionStatus.Done, settlement?.Conversation, Assignments: all);
    }

    private async Task<IReadOnlyList<Assignment>> DrainForAsync(string? agentId, CancellationToken cancellationToken)
    {
        if (agentId is null || await directory.GetAgentAsync(agentId, cancellationToken) is not { } agent) return [];
        return await router.DrainBacklogAsync(agent.Teams, cancellationToken);
    }

    /// <summary>Every webhook source keys private threads "dm:&lt;customer&gt;".</summary>
    public static bool IsPrivate(Conversation c) => c.ConversationKey.StartsWith("dm:", StringComparison.Ordinal);
}
