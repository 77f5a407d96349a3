using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// The running app (local host mode, queue triggers off) against hostile HTTP input: every webhook route, the
/// trigger envelope endpoints and the read API. Nothing may answer 5xx, and nothing unsigned may reach the classify queue.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class HostileHttpTests(HostileHttpTests.App shared) : IClassFixture<HostileHttpTests.App>
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private static readonly string[] TriggerFunctions = ["Classify", "Route", "Notify"];
    /// <summary>One app for the class: its tests only read, or are refused before anything is stored.</summary>
    public sealed class App : IAsyncLifetime
    {
        public TestApp Sut { get; private set; } = null!;

        public async Task InitializeAsync() => Sut = await TestApp.StartAsync(new Dictionary<string, string?>(SignedSource.Settings) { ["Queues:RunTriggers"] = "false" });

        public async Task DisposeAsync() => await Sut.DisposeAsync();
    }

    private TestApp _app => shared.Sut;

    public static TheoryData<string> Sources() => [.. SignedSource.All(Time).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Unsigned_hostile_bodies_are_refused_and_nothing_is_enqueued(string name)
    {
        var source = SignedSource.All(Time).Single(s => s.Name == name);

        await HostileBodies.Any(source.Fixtures).Where(b => name != "vk" || !Encoding.UTF8.GetString(b).Contains(SignedSource.VkSecret, StringComparison.Ordinal))
            .SampleAsync(async body =>
            {
                using var response = await PostAsync(Route(name), body);
                if ((int)response.StatusCode is < 400 or >= 500) throw new InvalidOperationException($"unsigned body answered {(int)response.StatusCode}");
            }, iter: 60, threads: 4);

        Assert.Equal(0, await ClassifyCountAsync());
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Signed_hostile_bodies_never_answer_a_server_error(string name)
    {
        var source = SignedSource.All(Time).Single(s => s.Name == name);

        await HostileBodies.Any(source.Fixtures).SampleAsync(async body =>
        {
            using var response = await PostAsync(Route(name), body, source.Sign(body));
            if ((int)response.StatusCode >= 500) throw new InvalidOperationException($"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, iter: 80, threads: 4);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task A_ten_megabyte_body_is_refused_as_too_large(string name)
    {
        var body = new byte[10 * 1024 * 1024];
        Array.Fill(body, (byte)'[');

        using var response = await PostAsync(Route(name), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_envelopes_to_every_trigger_function_never_answer_a_server_error()
    {
        var envelopes = Directory.GetFiles(RepoPaths.Fixture("host"), "classify-*.json").Select(File.ReadAllBytes).ToList();

        await Gen.Select(Gen.OneOf(TriggerFunctions.Select(Gen.Const).ToArray()), HostileBodies.Any(envelopes)).SampleAsync(async (function, body) =>
        {
            using var response = await PostAsync("/" + function, body, KeyHeader);
            if ((int)response.StatusCode >= 500) throw new InvalidOperationException($"{function} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, iter: 150, threads: 4);
    }

    [Fact]
    public async Task A_ten_megabyte_envelope_is_not_a_server_error()
    {
        var body = Encoding.UTF8.GetBytes("{\"Data\":{\"message\":\"" + new string('A', 10 * 1024 * 1024) + "\"},\"Metadata\":{}}");

        using var response = await PostAsync("/Classify", body, KeyHeader);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("/api/conversations?limit=99999999999999999999")]
    [InlineData("/api/conversations?limit=-1")]
    [InlineData("/api/conversations?continuationToken=%00%FF%FE")]
    [InlineData("/api/conversations?continuationToken=not-base64!!")]
    [InlineData("/api/conversations?status=%0D%0ASet-Cookie:x")]
    [InlineData("/api/conversations?platform=' or PartitionKey ne '")]
    [InlineData("/api/conversations/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/conversations/%23%3F%5C")]
    [InlineData("/api/outbox?limit=abc")]
    public async Task Hostile_queries_to_the_read_api_never_answer_a_server_error(string path)
    {
        using var response = await _app.Client.GetAsync(path);

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    private static string Route(string source) => source == "listening" ? "/api/webhooks/listening" : $"/api/webhooks/{source}";

    // The envelope route needs the key in the local host; without it the hostile bodies would only meet the key check.
    private static readonly Dictionary<string, string> KeyHeader = new() { ["x-functions-key"] = TestApp.FunctionKey };

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (key, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(key, value);
        return await _app.Anonymous.SendAsync(request);
    }

    private async Task<int> ClassifyCountAsync()
    {
        var queue = _app.Queue("classify");
        if (!await queue.ExistsAsync()) return 0;
        return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }
}
