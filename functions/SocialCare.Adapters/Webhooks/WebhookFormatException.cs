namespace SocialCare.Adapters.Webhooks;

/// <summary>The body is not what the platform documents (→ 400 with this message, which must not echo secrets).</summary>
public sealed class WebhookFormatException : Exception
{
    public WebhookFormatException(string message, Exception? inner = null)
        : this(message, inner, location: null, name: null)
    {
    }

    private WebhookFormatException(string reason, Exception? inner, string? location, string? name)
        : base(location is null ? reason : $"{location}: {reason}", inner)
    {
        Reason = reason;
        Location = location;
        Name = name;
    }

    /// <summary>What is wrong, without where.</summary>
    public string Reason { get; }

    /// <summary>The batch item it is in, e.g. "entry[0].changes[1].value"; null at the top level.</summary>
    public string? Location { get; }

    /// <summary>The offending property, e.g. "comment_id", when one is to blame.</summary>
    public string? Name { get; init; }

    /// <summary>The offending value's path for problem details ("entry[0].changes[1].value.comment_id"), or null.</summary>
    public string? Field => Location is null ? Name : Name is null ? Location : $"{Location}.{Name}";

    /// <summary>
    /// The same error located inside one item of a batch ("entry[0]"), so the answer names the item that made the whole
    /// delivery a bad request.
    /// </summary>
    public WebhookFormatException In(string item) =>
        new(Reason, InnerException, Location is null ? item : $"{item}.{Location}", Name);

    /// <summary>Runs <paramref name="parse"/>, locating any format error inside <paramref name="item"/>.</summary>
    public static T Within<T>(string item, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (WebhookFormatException e)
        {
            throw e.In(item);
        }
    }

    public static void Within(string item, Action parse) => Within(item, () =>
    {
        parse();
        return 0;
    });
}
