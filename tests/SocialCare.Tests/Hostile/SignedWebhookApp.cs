using System.Net.Http.Headers;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// One running app per test class, with the <see cref="SignedSource"/> secrets and the queue triggers off, so
/// whatever a webhook enqueues stays in the classify queue to be counted.
/// </summary>
public sealed class SignedWebhookApp : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() =>
        App = await TestApp.StartAsync(new Dictionary<string, string?>(SignedSource.Settings) { ["Queues:RunTriggers"] = "false" });

    public async Task DisposeAsync() => await App.DisposeAsync();

    public async Task<HttpResponseMessage> PostAsync(string source, byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{source}") { Content = content };
        foreach (var (key, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(key, value);
        return await App.Anonymous.SendAsync(request);
    }

    public async Task<int> ClassifyCountAsync()
    {
        var queue = App.Queue("classify");
        if (!await queue.ExistsAsync()) return 0;
        return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }
}
