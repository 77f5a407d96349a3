using SocialCare.Core.Events;

namespace SocialCare.Adapters.Webhooks;

/// <summary>
/// Events to enqueue (one queue message each), how many entries were skipped as types we do not handle
/// (answered 200 so the platform does not retry them), and the reply after a successful enqueue
/// (null: the default <c>{"accepted":n}</c>). <see cref="ImmediateReply"/> short-circuits (VK confirmation).
/// </summary>
public sealed record WebhookParseResult(
    IReadOnlyList<InboundEvent> Events,
    int Skipped = 0,
    WebhookReply? Reply = null,
    WebhookReply? ImmediateReply = null);
