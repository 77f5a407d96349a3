using SocialCare.Tests.Infrastructure;
using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Tests.Hours;

namespace SocialCare.Tests.Announcements;

/// <summary>Demo:Seed stores three demo channels once, so a local run shows announcements in the outbox.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class DemoSeedTests
{
    [Fact]
    public async Task Demo_seed_stores_three_channels_in_three_zones_with_announcements_on()
    {
        await using var sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T07:00:00Z"), new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

        var listed = await sut.App.Client.GetFromJsonAsync<JsonElement>("/api/schedules");
        await sut.RunAsync();

        Assert.Equal(["facebook:demo-pl", "telegram:demo-ru", "x:demo-en"], listed.EnumerateArray().Select(i => i.GetProperty("channelId").GetString()));
        Assert.All(listed.EnumerateArray(), i => Assert.True(i.GetProperty("schedule").GetProperty("announcements").GetBoolean()));
        Assert.Equal(["Europe/Warsaw", "Europe/Moscow", "America/New_York"], listed.EnumerateArray().Select(i => i.GetProperty("schedule").GetProperty("timeZone").GetString()));
        // 08:00 in Warsaw: the Polish demo channel says good morning.
        Assert.Equal("Dzień dobry! Jesteśmy z Wami do godziny 20:00!", Assert.Single(await sut.OutboxAsync("facebook:demo-pl")).Text);
    }

    [Fact]
    public async Task Demo_seed_leaves_stored_schedules_alone()
    {
        await using var sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T07:00:00Z"), new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        await sut.PutScheduleAsync("vk:own", Schedules.Weekdays());
        await using var restarted = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T07:00:00Z"), new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Storage:NamePrefix"] = sut.App.Prefix });

        var listed = await restarted.App.Client.GetFromJsonAsync<JsonElement>("/api/schedules");

        Assert.Equal(["vk:own"], listed.EnumerateArray().Select(i => i.GetProperty("channelId").GetString()));
    }
}
