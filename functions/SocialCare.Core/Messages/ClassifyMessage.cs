using SocialCare.Core.Events;

namespace SocialCare.Core.Messages;

/// <summary>Webhook → Classify. Small on purpose: the event, never the history.</summary>
public sealed record ClassifyMessage(int SchemaVersion, string MessageId, InboundEvent Event, string? TraceParent = null)
{
    public const int CurrentVersion = 1;
    public static ClassifyMessage For(InboundEvent e, string? traceParent = null) => new(CurrentVersion, e.EventId, e, traceParent);
}
