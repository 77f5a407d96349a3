using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Sla;

/// <summary>
/// Due times in business time, derived from the conversation's state so recomputing is harmless:
/// first response until the brand first answers; next response after each customer message the brand has not yet
/// answered; resolution until resolved, less the time spent waiting on the customer. A message that arrives while
/// closed starts its clock at the next opening.
/// </summary>
public static class SlaPlanner
{
    public static SlaClock Plan(Conversation c, SlaTarget target, BusinessClock clock)
    {
        // Waiting on the customer stops the clocks until the customer writes (the ledger reopens the case then).
        if (c.Status is ConversationStatus.Resolved or ConversationStatus.Waiting) return new SlaClock(null, null, null);
        var first = c.FirstResponseAt is null ? Due(clock, c.CreatedAt, target.FirstResponse) : null;
        var next = c.FirstResponseAt is not null && c.LastCustomerMessageAt is { } asked && (c.LastResponseAt is not { } answered || asked > answered)
            ? Due(clock, asked, target.NextResponse)
            : null;
        return new SlaClock(first, next, Due(clock, c.CreatedAt, target.Resolution + Paused(c, clock)));
    }

    /// <summary>The business time the case spent waiting on the customer: the resolution clock does not count it.</summary>
    public static TimeSpan Paused(Conversation c, BusinessClock clock) =>
        (c.Pauses ?? []).Aggregate(TimeSpan.Zero, (sum, p) => sum + clock.Elapsed(p.From, p.To));

    /// <summary>Null when the channel never opens within the horizon: no clock can run.</summary>
    private static DateTimeOffset? Due(BusinessClock clock, DateTimeOffset from, TimeSpan target)
    {
        try
        {
            return clock.Add(from, target);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
