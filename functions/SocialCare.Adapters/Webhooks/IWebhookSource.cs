namespace SocialCare.Adapters.Webhooks;

/// <summary>
/// One platform's webhook: handshake, signature check and parsing into inbound events.
/// The ingest endpoint (<c>/api/webhooks/{Name}</c>) reads the raw body under the size limit, then calls
/// <see cref="Handshake"/> for GET, or <see cref="Verify"/> then <see cref="Parse"/> for POST, enqueues every event,
/// and answers only after the sends succeeded.
/// </summary>
public interface IWebhookSource
{
    /// <summary>The route segment: meta, x, telegram, vk, listening.</summary>
    string Name { get; }

    /// <summary>GET verification handshake (Meta hub.challenge, X CRC); null when the platform has none (→ 405).</summary>
    WebhookReply? Handshake(WebhookRequest request);

    /// <summary>Signature or secret check over the raw bytes; runs before anything else is trusted.</summary>
    WebhookVerdict Verify(WebhookRequest request);

    /// <summary>Events to enqueue and the reply to send after they are enqueued. Throws <see cref="WebhookFormatException"/> for malformed input (→ 400).</summary>
    WebhookParseResult Parse(WebhookRequest request);
}
