using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>Collects the events of one webhook delivery and counts what was skipped.</summary>
internal sealed class MetaBatch(DateTimeOffset now)
{
    private readonly List<InboundEvent> events = [];
    private int skipped;

    public DateTimeOffset Now => now;

    public void Add(InboundEvent? inbound)
    {
        if (inbound is null) skipped++;
        else events.Add(inbound);
    }

    public void Skip(int count = 1) => skipped += count;

    public WebhookParseResult Result() => new(events, skipped);
}
