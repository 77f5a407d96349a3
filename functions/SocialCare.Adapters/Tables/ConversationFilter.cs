using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>The columns list queries filter on, and the OData filter built from a query.</summary>
internal static class ConversationFilter
{
    public static IEnumerable<KeyValuePair<string, object?>> Columns(Conversation c) =>
    [
        new("Status", StatusName(c.Status)),
        new("Platform", c.Platform),
        new("ChannelId", c.ChannelId),
        new("CustomerId", c.Customer.Id),
        new("Team", c.Team),
        new("Assignee", c.Assignee),
        new("CreatedAt", c.CreatedAt),
    ];

    public static string For(ConversationQuery q)
    {
        var parts = new List<string> { $"RowKey eq '{TableKeys.ConversationRow}'" };
        Add(parts, "Status", q.Status);
        Add(parts, "Platform", q.Platform);
        Add(parts, "ChannelId", q.ChannelId);
        Add(parts, "CustomerId", q.CustomerId);
        Add(parts, "Team", q.Team);
        Add(parts, "Assignee", q.Assignee);
        return string.Join(" and ", parts);
    }

    public static string StatusName(ConversationStatus status) => status.ToString().ToLowerInvariant();

    private static void Add(List<string> parts, string column, string? value)
    {
        if (!string.IsNullOrEmpty(value)) parts.Add($"{column} eq '{TableKeys.Quote(value)}'");
    }
}
