namespace SocialCare.Core.Classification.Corrections;

/// <summary>
/// An agent's correction of what the classifier said about a conversation: a training example for the brand's intent
/// model and, when it sets a priority, for its learned priority. <see cref="Text"/> is the customer message the labels
/// were read from (the latest one, since each customer message reclassifies the case); a change of priority alone
/// carries no intent to learn, and a change of intent alone no priority.
/// </summary>
public sealed record LabelCorrection(
    string Id,
    string ConversationId,
    string Platform,
    string ChannelId,
    string? Language,
    string Text,
    Intent? FromIntent,
    Intent? ToIntent,
    int FromPriority,
    int? ToPriority,
    string AgentId,
    DateTimeOffset At);

/// <summary>Labels an agent set on a conversation; they stand over what later customer messages are classified as.</summary>
public sealed record AgentLabels(Intent? Intent, int? Priority, string AgentId, string AgentName, DateTimeOffset At)
{
    public const int MostUrgent = 1;
    public const int LeastUrgent = 4;

    /// <summary>The priority as the router and the inbox read it, with who set it as its reason.</summary>
    public PriorityAssessment? Assessment => Priority is { } level ? new(level, [$"set by {AgentName}"]) : null;
}
