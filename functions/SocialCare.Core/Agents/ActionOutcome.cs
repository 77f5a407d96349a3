using SocialCare.Core.Conversations;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Agents;

/// <summary>What an agent action did. <see cref="Detail"/> is the invalid field's message, the matched deflection phrase or the platform's error.</summary>
public sealed record ActionOutcome(ActionStatus Status, Conversation? Conversation = null, string? Detail = null, string? Field = null, IReadOnlyList<Assignment>? Assignments = null)
{
    public static ActionOutcome Missing { get; } = new(ActionStatus.NotFound);

    public static ActionOutcome Invalid(string field, string message) => new(ActionStatus.Invalid, Detail: message, Field: field);
}
