using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Moderation;

namespace SocialCare.Tests.Crisis;

/// <summary>Two app instances sharing one Storage prefix (as scaled-out function instances share one account).</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class CrisisAcrossInstancesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private TestApp _first = null!;
    private TestApp _second = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Queues:RunTriggers"] = "false",
            ["Storage:NamePrefix"] = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)),
        };
        _first = await TestApp.StartAsync(settings, s => s.AddSingleton<TimeProvider>(_time));
        _second = await TestApp.StartAsync(settings, s => s.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_classifying_one_wave_concurrently_agree_on_one_episode_per_scope()
    {
        var events = Enumerable.Range(0, 24)
            .Select(i => ClassifyInvocation.Event("Your delivery is terrible and the courier lost my parcel, worst service ever", "x:brand", authorId: $"a{i}"))
            .ToList();

        var outputs = await Task.WhenAll(events.Select((e, i) => ClassifyInvocation.ClassifyAsync(i % 2 == 0 ? _first : _second, e)));

        var notifications = outputs.SelectMany(ClassifyInvocation.Notifications).ToList();
        var opens = notifications.Where(n => n.EndsWith(":open", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, opens.Count);
        Assert.Equal(2, opens.Distinct().Count());
        var episodeIds = opens.Select(n => n[..n.LastIndexOf(':')]).ToHashSet();
        Assert.All(notifications, n => Assert.Contains(n[..n.LastIndexOf(':')], episodeIds));
        Assert.Equal(notifications.Count, notifications.Distinct().Count());
    }
}
