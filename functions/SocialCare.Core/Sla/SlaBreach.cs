using SocialCare.Core.Conversations;

namespace SocialCare.Core.Sla;

/// <summary>
/// A clock that ran out. <see cref="Key"/> is recorded on the conversation so each breach is raised once: first
/// response and resolution once per conversation, next response once per unanswered customer message (keyed by the
/// message time, so a due time moved by a priority change does not raise it again).
/// </summary>
public sealed record SlaBreach(string Kind, DateTimeOffset Due, string Key)
{
    /// <summary>Breaches due at <paramref name="now"/> that the conversation has not recorded yet.</summary>
    public static IReadOnlyList<SlaBreach> Pending(Conversation c, DateTimeOffset now)
    {
        if (c.Status == ConversationStatus.Resolved || c.Sla is not { } sla) return [];
        var recorded = c.SlaBreaches ?? [];
        return new[]
            {
                sla.FirstResponseDue is { } f ? new SlaBreach(SlaKinds.FirstResponse, f, SlaKinds.FirstResponse) : null,
                sla.NextResponseDue is { } n ? new SlaBreach(SlaKinds.NextResponse, n, $"{SlaKinds.NextResponse}@{c.LastCustomerMessageAt?.UtcTicks}") : null,
                sla.ResolutionDue is { } r ? new SlaBreach(SlaKinds.Resolution, r, SlaKinds.Resolution) : null,
            }
            .OfType<SlaBreach>()
            .Where(b => b.Due <= now && !recorded.Contains(b.Key))
            .ToList();
    }
}
