using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Tests.Hours;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Announcements;

/// <summary>GET /api/channels/{channelId}/status at moments of the week: each case moves the clock, so each has its own app.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ChannelStatusTests : IAsyncLifetime
{
    // Monday 2027-12-20, 10:00 in Warsaw.
    private AnnounceApp _sut = null!;

    public async Task InitializeAsync() => _sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T09:00:00Z"));

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    private HttpClient Client => _sut.App.Client;

    [Fact]
    public async Task Status_says_when_an_open_channel_closes_and_when_a_closed_one_opens_in_local_offset()
    {
        await _sut.PutScheduleAsync("facebook:shop", Schedules.PolishShop());

        var open = await Client.GetFromJsonAsync<JsonElement>("/api/channels/facebook:shop/status");
        _sut.SetTime("2027-12-24T13:30:00Z"); // Christmas Eve 14:30, closed until Monday.
        var closed = await Client.GetFromJsonAsync<JsonElement>("/api/channels/facebook%3Ashop/status");

        Assert.True(open.GetProperty("open").GetBoolean());
        Assert.Equal("2027-12-20T20:00:00+01:00", open.GetProperty("closesAt").GetString());
        Assert.False(open.TryGetProperty("opensAt", out _));
        Assert.False(closed.GetProperty("open").GetBoolean());
        Assert.Equal("2027-12-27T08:00:00+01:00", closed.GetProperty("opensAt").GetString());
    }

    [Fact]
    public async Task A_channel_without_a_schedule_has_the_default_hours()
    {
        _sut.SetTime("2027-12-20T19:30:00Z"); // 20:30 in Warsaw.

        var status = await Client.GetFromJsonAsync<JsonElement>("/api/channels/vk:nobody/status");

        Assert.False(status.GetProperty("open").GetBoolean());
        Assert.Equal("2027-12-21T08:00:00+01:00", status.GetProperty("opensAt").GetString());
    }
}
