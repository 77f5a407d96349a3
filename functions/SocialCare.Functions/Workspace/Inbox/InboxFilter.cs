namespace SocialCare.Functions.Workspace.Inbox;

/// <summary>What narrows a view: platform, channel, team, language, intent, and a search over customer names.</summary>
public sealed record InboxFilter(string? Platform = null, string? Channel = null, string? Team = null, string? Language = null, string? Intent = null, string? Search = null)
{
    public static InboxFilter From(IQueryCollection q) => new(
        Value(q, "platform"), Value(q, "channel"), Value(q, "team"), Value(q, "language"), Value(q, "intent"), Value(q, "q"));

    /// <summary>The filter as a query string, so the polling request and the links keep it.</summary>
    public string ToQuery(InboxView view)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("view", view.Slug()) };
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        Add("platform", Platform);
        Add("channel", Channel);
        Add("team", Team);
        Add("language", Language);
        Add("intent", Intent);
        Add("q", Search);
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToString();
    }

    private static string? Value(IQueryCollection q, string key) => q[key].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
