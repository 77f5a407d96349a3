namespace SocialCare.Adapters.Webhooks;

/// <summary>The body is not what the platform documents (→ 400 with this message, which must not echo secrets).</summary>
public sealed class WebhookFormatException(string message, Exception? inner = null) : Exception(message, inner);
