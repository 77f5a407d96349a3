namespace SocialCare.Adapters.Webhooks;

/// <summary>Outcome of a signature check. <see cref="Reason"/> is safe to log and to return: it never holds a secret.</summary>
public sealed record WebhookVerdict(int StatusCode, string? Reason)
{
    public static WebhookVerdict Valid { get; } = new(200, null);
    public static WebhookVerdict Unauthorized(string reason) => new(401, reason);
    public static WebhookVerdict Forbidden(string reason) => new(403, reason);
    public bool IsValid => StatusCode == 200;
}
