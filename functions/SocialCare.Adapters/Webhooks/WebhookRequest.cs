namespace SocialCare.Adapters.Webhooks;

/// <summary>The raw request as a platform sent it: exact body bytes (signatures are HMACs over them), headers and query.</summary>
public sealed record WebhookRequest(
    ReadOnlyMemory<byte> Body,
    Func<string, string?> Header,
    Func<string, string?> Query);
