using SocialCare.Tests.Infrastructure;
using SocialCare.Core.Hours;
using SocialCare.Tests.Hours;

namespace SocialCare.Tests.Announcements;

/// <summary>Both daylight-saving changes in Warsaw and New York, with Moscow (no changes) alongside.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AnnounceDaylightSavingTests
{
    public static TheoryData<string, string[]> Changes => new()
    {
        // Spring forward: Warsaw on 2027-03-28, New York on 2027-03-14; Moscow stays at +03:00.
        { "2027-03-12T00:00:00Z", ["x:nyc opening 2027-03-13T14:00:00Z", "x:nyc closing 2027-03-13T22:00:00Z", "x:nyc opening 2027-03-14T13:00:00Z", "x:nyc closing 2027-03-14T21:00:00Z"] },
        { "2027-03-26T00:00:00Z", ["telegram:msk opening 2027-03-27T06:00:00Z", "facebook:waw opening 2027-03-27T07:00:00Z", "telegram:msk closing 2027-03-27T18:00:00Z", "facebook:waw closing 2027-03-27T19:00:00Z",
                                   "facebook:waw opening 2027-03-28T06:00:00Z", "telegram:msk opening 2027-03-28T06:00:00Z", "facebook:waw closing 2027-03-28T18:00:00Z", "telegram:msk closing 2027-03-28T18:00:00Z"] },
        // Fall back: Warsaw on 2027-10-31, New York on 2027-11-07.
        { "2027-10-29T00:00:00Z", ["facebook:waw opening 2027-10-30T06:00:00Z", "facebook:waw closing 2027-10-30T18:00:00Z", "facebook:waw opening 2027-10-31T07:00:00Z", "facebook:waw closing 2027-10-31T19:00:00Z"] },
        { "2027-11-05T00:00:00Z", ["x:nyc opening 2027-11-06T13:00:00Z", "x:nyc closing 2027-11-06T21:00:00Z", "x:nyc opening 2027-11-07T14:00:00Z", "x:nyc closing 2027-11-07T22:00:00Z"] },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Posts_keep_their_local_time_across_a_daylight_saving_change(string start, string[] expected)
    {
        await using var sut = await AnnounceApp.StartAsync(Schedules.At(start));
        var channels = expected.Select(e => e.Split(' ')[0]).Distinct().ToList();
        foreach (var channel in channels) await sut.PutScheduleAsync(channel, Zones[channel]);

        var expectedSoFar = new List<string>();
        foreach (var due in expected.GroupBy(e => Schedules.At(e.Split(' ')[2])).OrderBy(g => g.Key))
        {
            // A minute early nothing of it is out; at the minute it is, once.
            sut.Time.SetUtcNow(due.Key.AddMinutes(-1));
            await sut.RunAsync();
            Assert.Equal(expectedSoFar.Order(StringComparer.Ordinal), (await PostedAsync(sut, channels)).Order(StringComparer.Ordinal));
            sut.Time.SetUtcNow(due.Key);
            await sut.RunAsync();
            expectedSoFar.AddRange(due);
            Assert.Equal(expectedSoFar.Order(StringComparer.Ordinal), (await PostedAsync(sut, channels)).Order(StringComparer.Ordinal));
        }
    }

    private static readonly Dictionary<string, ChannelSchedule> Zones = new()
    {
        ["facebook:waw"] = Schedules.EveryDay("Europe/Warsaw", OpeningInterval.Of("08:00", "20:00")) with { Language = "pl" },
        ["x:nyc"] = Schedules.EveryDay("America/New_York", OpeningInterval.Of("09:00", "17:00")),
        ["telegram:msk"] = Schedules.EveryDay("Europe/Moscow", OpeningInterval.Of("09:00", "21:00")) with { Language = "ru" },
    };

    private static async Task<List<string>> PostedAsync(AnnounceApp sut, IEnumerable<string> channels)
    {
        var all = new List<string>();
        foreach (var channel in channels)
        {
            all.AddRange((await sut.OutboxAsync(channel)).Select(e => $"{channel} {e.Announcement} {e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}"));
        }
        return all;
    }
}
