using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

/// <summary>The outbox port kept in a list, newest first when listed.</summary>
internal sealed class InMemoryOutbox : IOutbox
{
    private readonly List<OutboxEntry> entries = [];

    public IReadOnlyList<OutboxEntry> Entries => entries;

    public Task RecordAsync(OutboxEntry e, CancellationToken cancellationToken)
    {
        entries.Add(e);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxEntry>> ListAsync(string? channelId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(entries
            .Where(e => channelId is null || e.ChannelId == channelId)
            .OrderByDescending(e => e.At)
            .Take(limit)
            .ToList());
}
