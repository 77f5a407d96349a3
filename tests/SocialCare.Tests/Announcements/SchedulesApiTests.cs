using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialCare.Core.Hours;
using SocialCare.Tests.Hours;

namespace SocialCare.Tests.Announcements;

/// <summary>
/// PUT/GET/DELETE /api/schedules/{channelId}, the list, the status and the preview, against one real app for the
/// class: each case uses channels of its own and leaves the clock alone (ChannelStatusTests move it).
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class SchedulesApiTests : IClassFixture<SchedulesApiTests.SharedApp>
{
    // Monday 2027-12-20, 10:00 in Warsaw.
    private const string Monday = "2027-12-20T09:00:00Z";
    private readonly AnnounceApp _sut;

    public SchedulesApiTests(SharedApp shared) => _sut = shared.App;

    public sealed class SharedApp : IAsyncLifetime
    {
        internal AnnounceApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await AnnounceApp.StartAsync(Schedules.At(Monday));

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private HttpClient Client => _sut.App.Client;

    [Fact]
    public async Task A_schedule_put_with_a_colon_in_the_channel_id_reads_back_raw_or_url_encoded()
    {
        var put = await Client.PutAsync("/api/schedules/facebook:104", AnnounceApp.Json(Schedules.PolishShop()));
        var raw = await Client.GetAsync("/api/schedules/facebook:104");
        var encoded = await Client.GetAsync("/api/schedules/facebook%3A104");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(HttpStatusCode.OK, encoded.StatusCode);
        var read = (await encoded.Content.ReadFromJsonAsync(HoursJson.Default.ChannelSchedule))!;
        Assert.Equal("Europe/Warsaw", read.TimeZone);
        Assert.Equal("10:00", read.Weekly.Saturday![0].Open);
        Assert.Equal("2027-12-25", read.Exceptions![1].Date);
        Assert.Empty(read.Weekly.Sunday!);
    }

    [Fact]
    public async Task The_list_names_each_channel_and_delete_removes_one()
    {
        await _sut.PutScheduleAsync("telegram:42", Schedules.Weekdays("Europe/Moscow", "ru"));
        await _sut.PutScheduleAsync("x:7", Schedules.Weekdays("America/New_York", "en"));

        var listed = await Client.GetFromJsonAsync<JsonElement>("/api/schedules");
        var deleted = await Client.DeleteAsync("/api/schedules/telegram:42");
        var again = await Client.DeleteAsync("/api/schedules/telegram:42");
        var gone = await Client.GetAsync("/api/schedules/telegram:42");

        var mine = listed.EnumerateArray().Where(i => i.GetProperty("channelId").GetString() is "telegram:42" or "x:7").ToList();
        Assert.Equal(["telegram:42", "x:7"], mine.Select(i => i.GetProperty("channelId").GetString()));
        Assert.Equal("Europe/Moscow", mine[0].GetProperty("schedule").GetProperty("timeZone").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"timeZone":"Europe/Nowhere","language":"pl","weekly":{}}""", "timeZone")]
    [InlineData("""{"timeZone":"Europe/Warsaw","language":"pl","weekly":{"monday":[{"open":"08:00","close":"12:00"},{"open":"11:00","close":"15:00"}]}}""", "weekly.monday[1]")]
    [InlineData("""{"timeZone":"Europe/Warsaw","language":"pl","weekly":{},"templates":{"pl":{"opening":"Do {godzina}!"}}}""", "templates.pl.opening")]
    [InlineData("""{"timeZone":"Europe/Warsaw","language":"pl","weekly":{},"exceptions":[{"date":"24.12.2027","hours":[]}]}""", "exceptions[0].date")]
    [InlineData("""{"timeZone":"Europe/Warsaw","language":"pl","weekly":{"friday":[{"open":"8:00","close":"20:00"}]}}""", "weekly.friday[0]")]
    public async Task An_invalid_schedule_is_refused_naming_the_field(string body, string field)
    {
        var response = await Client.PutAsync("/api/schedules/facebook:1", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await ProblemAssert.IsValidationProblemAsync(response);
        Assert.Contains(errors.Keys, f => f.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/schedules/facebook:1")).StatusCode);
    }

    [Fact]
    public async Task A_post_too_long_for_x_is_refused_but_fits_on_facebook()
    {
        var longText = "Dzień dobry! " + new string('a', 300) + " {close}";
        var schedule = Schedules.Weekdays() with { Templates = new Dictionary<string, AnnouncementTemplates> { ["pl"] = new(Opening: longText) } };

        var onX = await Client.PutAsync("/api/schedules/x:2001", AnnounceApp.Json(schedule));
        var onFacebook = await Client.PutAsync("/api/schedules/facebook:2001", AnnounceApp.Json(schedule));

        var errors = await ProblemAssert.IsValidationProblemAsync(onX);
        Assert.Contains("280", Assert.Single(errors["templates.pl.opening"]));
        Assert.Equal(HttpStatusCode.OK, onFacebook.StatusCode);
    }

    [Fact]
    public async Task A_channel_id_without_a_known_platform_or_a_broken_body_is_a_bad_request()
    {
        var unknown = await Client.PutAsync("/api/schedules/myspace:1", AnnounceApp.Json(Schedules.Weekdays()));
        var broken = await Client.PutAsync("/api/schedules/vk:1", new StringContent("{\"timeZone\":", Encoding.UTF8, "application/json"));

        Assert.Equal(["channelId"], (await ProblemAssert.IsValidationProblemAsync(unknown)).Keys);
        Assert.Equal(["body"], (await ProblemAssert.IsValidationProblemAsync(broken)).Keys);
    }

    [Fact]
    public async Task Schedules_need_the_function_key()
    {
        var response = await _sut.App.Anonymous.GetAsync("/api/schedules");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_polish_preview_of_christmas_week_reads_like_a_person_wrote_it()
    {
        await _sut.PutScheduleAsync("facebook:shop", Schedules.PolishShop());

        var preview = await Client.GetFromJsonAsync<JsonElement>("/api/schedules/facebook:shop/preview?from=2027-12-20&days=7");

        var lines = preview.EnumerateArray().Select(p => $"{p.GetProperty("at").GetString()} {p.GetProperty("kind").GetString()}: {p.GetProperty("text").GetString()}").ToList();
        Assert.Equal(
        [
            "2027-12-20T08:00:00+01:00 opening: Dzień dobry! Jesteśmy z Wami do godziny 20:00!",
            "2027-12-20T20:00:00+01:00 closing: Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.",
            "2027-12-21T08:00:00+01:00 opening: Dzień dobry! Jesteśmy z Wami do godziny 20:00!",
            "2027-12-21T20:00:00+01:00 closing: Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.",
            "2027-12-22T08:00:00+01:00 opening: Dzień dobry! Jesteśmy z Wami do godziny 20:00!",
            "2027-12-22T20:00:00+01:00 closing: Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.",
            "2027-12-23T08:00:00+01:00 opening: Dzień dobry! Jesteśmy z Wami do godziny 20:00!",
            "2027-12-23T20:00:00+01:00 closing: Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.",
            "2027-12-24T08:00:00+01:00 opening: Dzień dobry! Jesteśmy z Wami do godziny 14:00!",
            "2027-12-24T14:00:00+01:00 closing: Mija 14:00, zbieramy się już do domu. Na Wasze pytania czekamy już w poniedziałek od godziny 8:00.",
        ], lines);
    }

    [Theory]
    [InlineData("?from=2027-12-20&days=0", "days")]
    [InlineData("?from=2027-12-20&days=32", "days")]
    [InlineData("?from=20.12.2027&days=3", "from")]
    public async Task A_preview_out_of_range_is_a_bad_request(string query, string field)
    {
        var response = await Client.GetAsync("/api/schedules/facebook:shop/preview" + query);

        Assert.Equal([field], (await ProblemAssert.IsValidationProblemAsync(response)).Keys);
    }
}
