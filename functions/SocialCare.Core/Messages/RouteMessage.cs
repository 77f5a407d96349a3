using SocialCare.Core.Events;

namespace SocialCare.Core.Messages;

/// <summary>Classify → Route.</summary>
public sealed record RouteMessage(
    int SchemaVersion,
    string MessageId,
    InboundEvent Event,
    Classification.Classification Classification,
    string? TraceParent = null)
{
    public const int CurrentVersion = 1;
}
