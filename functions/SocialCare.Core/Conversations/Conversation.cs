using SocialCare.Core.Classification;

namespace SocialCare.Core.Conversations;

/// <summary>
/// One customer case on one channel: one owner from first message to resolution. <see cref="LeadSince"/>: when the case
/// became a sales lead (a purchase question, by the classifier or an agent's correction); it stays one.
/// <see cref="Reopens"/>: how often a resolved case was opened again (the customer wrote, or an agent reopened);
/// <see cref="InboundAt"/>: when the customer's messages arrived, for the report's heatmap.
/// </summary>
public sealed record Conversation(
    string Id,
    string Platform,
    string ChannelId,
    string ConversationKey,
    Customer Customer,
    ConversationStatus Status,
    string Team,
    string? Assignee,
    Classification.Classification? Classification,
    PriorityAssessment Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastMessageAt,
    int MessageCount,
    string? Permalink = null,
    DateTimeOffset? FirstResponseAt = null,
    DateTimeOffset? ResolvedAt = null,
    SlaClock? Sla = null,
    int? Csat = null,
    DateTimeOffset? LastCustomerMessageAt = null,
    DateTimeOffset? LastResponseAt = null,
    IReadOnlyList<string>? SlaBreaches = null,
    DateTimeOffset? AfterHoursAnsweredFor = null,
    DateTimeOffset? CsatAskedAt = null,
    IReadOnlyList<Agents.ModerationRecord>? Moderation = null,
    DateTimeOffset? AssignedAt = null,
    TimeSpan? FirstResponseTime = null,
    TimeSpan? ResolutionTime = null,
    bool OwnerNoticeOwed = false,
    string? Preview = null,
    Classification.Corrections.AgentLabels? Labels = null,
    DateTimeOffset? WaitingSince = null,
    IReadOnlyList<ClockPause>? Pauses = null,
    Escalation? Escalation = null,
    IReadOnlyList<FlaggedReply>? FlaggedReplies = null,
    DateTimeOffset? LeadSince = null,
    int Reopens = 0,
    IReadOnlyList<DateTimeOffset>? InboundAt = null)
{
    /// <summary>How many arrival times of customer messages a case keeps for the report's heatmap: the latest.</summary>
    public const int MaxInboundTimes = 200;

    /// <summary>The arrival times kept with one more: the latest <see cref="MaxInboundTimes"/>.</summary>
    public IReadOnlyList<DateTimeOffset> WithInbound(DateTimeOffset at) =>
        [.. (InboundAt ?? []).Append(at).TakeLast(MaxInboundTimes)];

    /// <summary>The first line of a message, short enough for a row in the inbox.</summary>
    public static string PreviewOf(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        if (end >= 0) line = line[..end];
        return line.Length <= 140 ? line.ToString() : string.Concat(line[..139], "…");
    }

    /// <summary>
    /// Gives the case an owner, and records in the same write that the owner is owed an "assigned to you" notice:
    /// the outbox that <see cref="Notifications.AssignmentOutbox"/> sends and Notify clears.
    /// </summary>
    public Conversation AssignedTo(string agentId, DateTimeOffset at) => this with { Assignee = agentId, AssignedAt = at, OwnerNoticeOwed = true };

    /// <summary>Waiting on the customer from <paramref name="at"/>: the resolution clock stops.</summary>
    public Conversation WaitingFrom(DateTimeOffset at) => this with { Status = ConversationStatus.Waiting, WaitingSince = at };

    /// <summary>
    /// Leaves waiting at <paramref name="at"/> (the customer wrote, or an agent reopened or resolved): the pause is kept,
    /// so the resolution clock and the resolution time leave it out. Not waiting: unchanged.
    /// </summary>
    public Conversation Resumed(DateTimeOffset at) => WaitingSince is { } since
        ? this with { WaitingSince = null, Pauses = [.. Pauses ?? [], new ClockPause(since, at > since ? at : since)] }
        : this;
}

public sealed record Customer(string Id, string Name, long? Followers = null);

/// <summary>
/// The last escalation to another team, by whom, when and why: the team sticks, so the customer's next message is not
/// routed back by the rules to the team that escalated it.
/// </summary>
public sealed record Escalation(string Team, string By, DateTimeOffset At, string? Note = null);

/// <summary>
/// A reply that left with the draft checks' findings open (their codes), or <see cref="Forced"/> past the deflection
/// guard ("Send anyway"): what the SLA report counts per agent.
/// </summary>
public sealed record FlaggedReply(string AgentId, DateTimeOffset At, bool Forced, IReadOnlyList<string> Findings);

/// <summary>A time the case waited on the customer, left out of its resolution clock.</summary>
public sealed record ClockPause(DateTimeOffset From, DateTimeOffset To);

/// <summary>Due times in business time; null where the clock is not running.</summary>
public sealed record SlaClock(DateTimeOffset? FirstResponseDue, DateTimeOffset? NextResponseDue, DateTimeOffset? ResolutionDue);
