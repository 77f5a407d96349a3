using System.Text.Json.Serialization;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;

namespace SocialCare.Core.Reports;

/// <summary>
/// What the reports read of a conversation, small enough to read 100,000 of in a second: kept beside the conversation
/// on every write, under the day it started, so a report reads the days of its period instead of every conversation.
/// </summary>
public sealed record ReportFact(
    string Id,
    string Platform,
    string ChannelId,
    string Team,
    string? Assignee,
    ConversationStatus Status,
    DateTimeOffset CreatedAt,
    Intent? Intent,
    Sentiment? Sentiment,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? LastResponseAt,
    DateTimeOffset? ResolvedAt,
    TimeSpan? ResolutionTime,
    SlaClock? Sla,
    IReadOnlyList<string>? SlaBreaches,
    int? Csat,
    int Reopens,
    DateTimeOffset? LeadSince,
    IReadOnlyList<FlaggedReply>? FlaggedReplies,
    IReadOnlyList<DateTimeOffset>? InboundAt)
{
    public static ReportFact Of(Conversation c) => new(c.Id, c.Platform, c.ChannelId, c.Team, c.Assignee, c.Status, c.CreatedAt,
        c.Classification?.Intent, c.Classification?.Sentiment, c.FirstResponseAt, c.LastResponseAt, c.ResolvedAt, c.ResolutionTime, c.Sla, c.SlaBreaches,
        c.Csat, c.Reopens, c.LeadSince, c.FlaggedReplies, c.InboundAt);

    /// <summary>The conversation as far as the report builder reads it.</summary>
    public Conversation ToConversation() => new(
        Id, Platform, ChannelId, "", new Customer("", ""), Status, Team, Assignee,
        Intent is { } intent ? new Classification.Classification("", Sentiment ?? Classification.Sentiment.Neutral, 0, intent, [], PriorityAssessment.Normal, "") : null,
        PriorityAssessment.Normal, CreatedAt, CreatedAt, 0,
        FirstResponseAt: FirstResponseAt, ResolvedAt: ResolvedAt, Sla: Sla, Csat: Csat, LastResponseAt: LastResponseAt, SlaBreaches: SlaBreaches,
        ResolutionTime: ResolutionTime, LeadSince: LeadSince, FlaggedReplies: FlaggedReplies, Reopens: Reopens, InboundAt: InboundAt);

    /// <summary>The day a fact is kept under: the UTC date the conversation started.</summary>
    public static string Day(DateTimeOffset createdAt) => createdAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReportFact))]
public sealed partial class ReportFactJson : JsonSerializerContext;
