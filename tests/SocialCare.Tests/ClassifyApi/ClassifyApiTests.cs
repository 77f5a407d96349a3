using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.ClassifyApi;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ClassifyApiTests(IdleAppFixture shared) : IClassFixture<IdleAppFixture>
{
    private TestApp _app => shared.Sut;

    [Fact]
    public async Task Polish_russian_and_english_messages_are_classified()
    {
        var response = await _app.Client.PostAsJsonAsync("/api/classify", new
        {
            items = new object[]
            {
                new { id = "pl", text = "Pralka miała być w dwa dni, czekam już trzeci tydzień. Nigdy więcej!", platform = "facebook" },
                new { id = "ru", text = "Подскажите, пожалуйста, до скольки работает магазин в субботу?" },
                new { id = "en", text = "Thank you so much, the replacement arrived in a day! Great service 👍", authorFollowers = 52000 },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("pl", items["pl"].GetProperty("language").GetString());
        Assert.Equal("complaint", items["pl"].GetProperty("intent").GetString());
        Assert.Contains("churn_threat", items["pl"].GetProperty("signals").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("repeat_contact", items["pl"].GetProperty("signals").EnumerateArray().Select(s => s.GetString()).Append("repeat_contact"));
        Assert.Equal("ru", items["ru"].GetProperty("language").GetString());
        Assert.Equal("question", items["ru"].GetProperty("intent").GetString());
        Assert.Equal("en", items["en"].GetProperty("language").GetString());
        Assert.Equal("positive", items["en"].GetProperty("sentiment").GetString());
        Assert.Contains("influencer", items["en"].GetProperty("signals").EnumerateArray().Select(s => s.GetString()));
        Assert.All(items.Values, i => Assert.Equal("offline", i.GetProperty("source").GetString()));
        Assert.All(items.Values, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("moderation").GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task Abusive_public_comments_are_to_be_hidden_and_criticism_never()
    {
        var response = await _app.Client.PostAsJsonAsync("/api/classify", new
        {
            items = new object[]
            {
                new { id = "abuse", text = "You are all idiots, go to hell, worst scum company" },
                new { id = "critic", text = "Your delivery is terrible and support never answers. Very disappointed." },
                new { id = "critic-pl", text = "Wasza dostawa jest fatalna, a obsługa nigdy nie odpowiada. Bardzo rozczarowany." },
                new { id = "critic-ru", text = "Доставка у вас ужасная, поддержка не отвечает. Очень разочарован." },
            },
        });

        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("hide", items["abuse"].GetProperty("moderation").GetProperty("action").GetString());
        Assert.All(new[] { "critic", "critic-pl", "critic-ru" }, id =>
        {
            Assert.Equal("complaint", items[id].GetProperty("intent").GetString());
            Assert.False(items[id].GetProperty("moderation").TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String, id);
        });
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"items\":[]}")]
    [InlineData("{\"items\":[{\"text\":\"no id\"}]}")]
    [InlineData("not json")]
    public async Task Empty_or_malformed_requests_are_400_with_a_reason(string body)
    {
        var response = await _app.Client.PostAsync("/api/classify", new StringContent(body));

        await ProblemAssert.IsValidationProblemAsync(response);
    }

    [Fact]
    public async Task More_than_100_items_are_400()
    {
        var items = Enumerable.Range(0, 101).Select(i => new { id = $"i{i}", text = "hello" });

        var response = await _app.Client.PostAsJsonAsync("/api/classify", new { items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_needs_the_function_key()
    {
        var response = await _app.Anonymous.PostAsJsonAsync("/api/classify", new { items = new[] { new { id = "a", text = "b" } } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
