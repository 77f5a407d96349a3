using System.Net;
using System.Net.Http.Json;
using System.Text;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// The listening webhook's answers and what it enqueues, on one app for the class: each case starts with the classify
/// queue emptied and the captured logs forgotten, so what it asserts is its own.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ListeningWebhookTests(ListeningWebhookTests.SharedApp shared) : IClassFixture<ListeningWebhookTests.SharedApp>, IAsyncLifetime
{
    private readonly TestApp _app = shared.App;

    public sealed class SharedApp : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Queues:RunTriggers"] = "false",
            ["Webhooks:MaxBodyBytes"] = "4096",
        });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    public async Task InitializeAsync()
    {
        var classify = _app.Queue("classify");
        if (await classify.ExistsAsync()) await classify.ClearMessagesAsync();
        _app.Logs.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_signed_batch_is_accepted_with_one_queue_message_per_mention()
    {
        var body = Mentions.Body(Mentions.One("a1", "Gdzie jest moja paczka?"), Mentions.One("a2", "Где мой заказ?"));

        var response = await _app.PostMentionsAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["accepted"]);
        Assert.Equal(2, (await _app.Queue("classify").GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000")]
    [InlineData("sha1=abc")]
    public async Task A_missing_or_wrong_signature_is_401_and_enqueues_nothing(string? signature)
    {
        var body = Mentions.Body(Mentions.One("b1", "hello"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/listening") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-SocialCare-Signature", signature);

        var response = await _app.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await _app.Queue("classify").ExistsAsync() && (await _app.Queue("classify").PeekMessagesAsync()).Value.Length > 0);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(TestApp.ListeningSecret, StringComparison.Ordinal));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("rejected with 401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"mentions\": [")]
    [InlineData("{\"mentions\": 5}")]
    [InlineData("{\"mentions\": [{\"id\": \"x\"}]}")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_body_is_400_with_a_reason(string body)
    {
        var response = await _app.PostMentionsAsync(body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var body = Mentions.Body(Mentions.One("c1", new string('x', 5000)));

        var response = await _app.PostMentionsAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_too()
    {
        var body = Mentions.Body(Mentions.One("c2", new string('x', 5000)));
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/listening") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-SocialCare-Signature", TestApp.Sign(body));

        var response = await _app.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
