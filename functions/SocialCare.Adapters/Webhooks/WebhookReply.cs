namespace SocialCare.Adapters.Webhooks;

/// <summary>What to answer the platform: status, content type and body text.</summary>
public sealed record WebhookReply(int StatusCode, string ContentType, string Body)
{
    public static WebhookReply Text(string body, int status = 200) => new(status, "text/plain; charset=utf-8", body);
    public static WebhookReply Json(string body, int status = 200) => new(status, "application/json", body);
}
