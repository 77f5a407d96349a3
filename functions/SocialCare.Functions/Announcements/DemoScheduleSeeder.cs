using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Announcements;

/// <summary>At start, when Demo:Seed is on and no schedule is stored yet, stores <see cref="DemoSchedules.All"/>.</summary>
public sealed partial class DemoScheduleSeeder(IScheduleStore store, IOptions<Demo.DemoOptions> options, ILogger<DemoScheduleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed) return;
        if ((await store.ListAsync(cancellationToken)).Count > 0) return;
        foreach (var (channelId, schedule) in DemoSchedules.All) await store.PutAsync(channelId, schedule, cancellationToken);
        LogSeeded(DemoSchedules.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Seeded {Count} demo channel schedules with announcements on")]
    private partial void LogSeeded(int count);
}
