using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Sla;

namespace SocialCare.Core.Routing;

/// <summary>
/// Keeps a conversation's team, priority, SLA clocks and owner right: one owner from first message to resolution,
/// the customer's previous agent when they come back, else the least-loaded online agent who speaks the language,
/// else the team backlog, drained when an agent comes online or frees capacity (highest priority, then oldest).
/// </summary>
public sealed class ConversationRouter(IConversationStore store, IRoutingDirectory directory, IScheduleStore schedules, TimeProvider time)
{
    private readonly ConversationUpdater updater = new(store);

    // Open conversations per agent, re-counted at most every LoadLifetime on the hot path: counting is a scan.
    private static readonly TimeSpan LoadLifetime = TimeSpan.FromSeconds(2);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long At, int Count)> _loads = new();

    // One count at a time per agent: when a count expires, every conversation being routed at that moment needs it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _counting = new();

    public static readonly TimeSpan ReopenWindow = ConversationRecorder.DefaultReopenWindow;

    /// <summary>The team for a case: an owned or escalated conversation keeps its team, otherwise the first matching rule.</summary>
    public async Task<Func<Conversation?, string>> TeamChooserAsync(Classification.Classification classification, string platform, string channelId, CancellationToken cancellationToken)
    {
        var rules = await directory.GetRulesAsync(cancellationToken) ?? DefaultRouting.Rules;
        var team = RuleEngine.TeamFor(rules, CaseFacts.Of(classification, platform, channelId), DefaultRouting.FirstLine);
        return c => c is { Assignee: not null } or { Escalation: not null } ? c.Team : team;
    }

    /// <summary>
    /// Settles a stored conversation: recomputes priority, clocks and business times, and assigns an owner if there is
    /// none and one is free, in one write with the version read.
    /// </summary>
    public async Task<Settlement?> SettleAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (stored, planned) = await updater.UpdateAsync(conversationId, async c =>
        {
            var plan = await PlanAsync(c, cancellationToken);
            return (Same(plan.Conversation, c) ? null : new ConversationUpdater.Change(plan.Conversation, plan.Events), plan);
        }, cancellationToken);
        if (stored is null) return null;
        // Only a plan that was written assigned anyone: an unchanged conversation kept its owner.
        var settlement = new Settlement(stored, ReferenceEquals(planned?.Conversation, stored) ? planned!.Assigned : null);
        await OnStoredAsync(settlement, cancellationToken);
        return settlement;
    }

    /// <summary>
    /// The settlement of a conversation, not yet stored: for a caller about to write the conversation anyway (Route
    /// records the event and settles it in one write), which then calls <see cref="OnStoredAsync"/>.
    /// </summary>
    public async Task<Settlement> PlanAsync(Conversation c, CancellationToken cancellationToken)
    {
        var owner = await directory.GetOwnerAsync(c.ChannelId, c.Customer.Id, cancellationToken);
        var updated = await AssessAsync(c, repeatContact: owner is not null && owner.ConversationId != c.Id, cancellationToken);
        if (updated.Assignee is not null || updated.Status == ConversationStatus.Resolved) return new(updated, null);
        var agent = await ChooseAgentAsync(updated, owner, cancellationToken);
        if (agent is null) return new(updated, null);
        var now = time.GetUtcNow();
        return new(updated.AssignedTo(agent, now), new Assignment(c.Id, agent, FromBacklog: false))
        {
            Events = [ThreadEvent.Of($"Assigned to {await NameOfAsync(agent, cancellationToken)} by routing", now)],
        };
    }

    /// <summary>After a settlement is stored: the customer's owner index and this instance's count of the agent's load.</summary>
    public async Task OnStoredAsync(Settlement stored, CancellationToken cancellationToken)
    {
        if (stored.Conversation is { Assignee: { } who }) await RememberOwnerAsync(stored.Conversation, who, cancellationToken);
        if (stored.Assigned is { } assigned) _loads.AddOrUpdate(assigned.AgentId, _ => (time.GetTimestamp(), 1), (_, l) => (l.At, l.Count + 1));
    }

    /// <summary>Gives waiting conversations of the agent's teams to free agents: highest priority first, then oldest.</summary>
    public async Task<IReadOnlyList<Assignment>> DrainBacklogAsync(IEnumerable<string> teamIds, CancellationToken cancellationToken)
    {
        var done = new List<Assignment>();
        foreach (var teamId in teamIds.Distinct())
        {
            var waiting = await store.EnumerateAsync(new ConversationQuery(Status: "open", Team: teamId, Limit: 200), cancellationToken)
                .Where(c => c.Assignee is null)
                .OrderBy(c => c.Priority.Level)
                .ThenBy(c => c.CreatedAt)
                .ToListAsync(cancellationToken);
            if (waiting.Count == 0) continue;
            var agents = await directory.ListAgentsAsync(teamId, cancellationToken);
            var loads = await LoadsAsync(agents, cancellationToken);
            foreach (var candidate in waiting)
            {
                var agent = AgentPicker.Pick(agents, teamId, candidate.Classification?.Language, loads);
                if (agent is null) continue;
                var stored = await updater.UpdateAsync(candidate.Id, c =>
                    Task.FromResult(c.Assignee is null && c.Status != ConversationStatus.Resolved
                        ? new ConversationUpdater.Change(c.AssignedTo(agent.Id, time.GetUtcNow()),
                            [ThreadEvent.Of($"Assigned to {agent.Name} from the team's backlog", time.GetUtcNow())])
                        : null), cancellationToken);
                if (stored?.Assignee != agent.Id) continue;
                loads[agent.Id] = loads.GetValueOrDefault(agent.Id) + 1;
                await RememberOwnerAsync(stored, agent.Id, cancellationToken);
                done.Add(new Assignment(candidate.Id, agent.Id, FromBacklog: true));
            }
        }
        return done;
    }

    /// <summary>Priority with reasons, SLA due times and the business-time measures, from the conversation's state.</summary>
    public async Task<Conversation> AssessAsync(Conversation c, bool repeatContact, CancellationToken cancellationToken)
    {
        var team = DefaultRouting.TeamOrDefault(await directory.GetTeamAsync(c.Team, cancellationToken), c.Team);
        var clock = new BusinessClock(new OpeningHours(await schedules.GetAsync(c.ChannelId, cancellationToken) ?? ChannelSchedule.Default()));
        var priority = c.Labels?.Assessment ?? (c.Classification is null
            ? c.Priority
            : PriorityPolicy.Assess(c.Classification, repeatContact, waitedPastSla: c.SlaBreaches is { Count: > 0 }, c.Priority));
        var updated = c with
        {
            Priority = priority,
            FirstResponseTime = c.FirstResponseAt is { } f ? clock.Elapsed(c.CreatedAt, f) : null,
            ResolutionTime = c.Status == ConversationStatus.Resolved && c.ResolvedAt is { } r ? TimeSpan.FromTicks(Math.Max(0, (clock.Elapsed(c.CreatedAt, r) - SlaPlanner.Paused(c, clock)).Ticks)) : null,
        };
        return updated with { Sla = SlaPlanner.Plan(updated, team.Sla.For(priority.Level), clock) };
    }

    private async Task<string?> ChooseAgentAsync(Conversation c, CustomerOwner? owner, CancellationToken cancellationToken)
    {
        if (owner is { AgentId: { } previous } && owner.ConversationId != c.Id)
        {
            var before = await store.GetAsync(owner.ConversationId, cancellationToken);
            var stillTheirs = before is null
                || before.Value.Status != ConversationStatus.Resolved
                || (before.Value.ResolvedAt is { } resolved && time.GetUtcNow() - resolved <= ReopenWindow);
            if (stillTheirs && await directory.GetAgentAsync(previous, cancellationToken) is not null) return previous;
        }
        var agents = await directory.ListAgentsAsync(c.Team, cancellationToken);
        var loads = await LoadsAsync(agents, cancellationToken, cached: true);
        return AgentPicker.Pick(agents, c.Team, c.Classification?.Language, loads)?.Id;
    }

    private async Task<Dictionary<string, int>> LoadsAsync(IEnumerable<Agent> agents, CancellationToken cancellationToken, bool cached = false)
    {
        var loads = new Dictionary<string, int>();
        foreach (var agent in agents.Where(a => a.Online))
        {
            if (cached && CachedLoad(agent.Id) is { } known)
            {
                loads[agent.Id] = known;
                continue;
            }
            var counting = _counting.GetOrAdd(agent.Id, _ => new SemaphoreSlim(1, 1));
            await counting.WaitAsync(cancellationToken);
            try
            {
                if (cached && CachedLoad(agent.Id) is { } countedMeanwhile)
                {
                    loads[agent.Id] = countedMeanwhile;
                    continue;
                }
                var counted = await store.EnumerateAsync(new ConversationQuery(Status: "open", Assignee: agent.Id, Limit: 200), cancellationToken).CountAsync(cancellationToken);
                _loads[agent.Id] = (time.GetTimestamp(), counted);
                loads[agent.Id] = counted;
            }
            finally
            {
                counting.Release();
            }
        }
        return loads;
    }

    private int? CachedLoad(string agentId) =>
        _loads.TryGetValue(agentId, out var known) && time.GetElapsedTime(known.At) < LoadLifetime ? known.Count : null;

    private async Task<string> NameOfAsync(string agentId, CancellationToken cancellationToken) =>
        (await directory.GetAgentAsync(agentId, cancellationToken))?.Name ?? agentId;

    private Task RememberOwnerAsync(Conversation c, string agentId, CancellationToken cancellationToken) =>
        directory.SetOwnerAsync(new CustomerOwner(c.ChannelId, c.Customer.Id, c.Id, agentId, time.GetUtcNow()), cancellationToken);

    /// <summary>Records compare lists by reference; this compares what routing changes.</summary>
    private static bool Same(Conversation a, Conversation b) =>
        a.Assignee == b.Assignee
        && a.Priority.Level == b.Priority.Level
        && a.Priority.Reasons.SequenceEqual(b.Priority.Reasons)
        && a.Sla == b.Sla
        && a.FirstResponseTime == b.FirstResponseTime
        && a.ResolutionTime == b.ResolutionTime;
}
