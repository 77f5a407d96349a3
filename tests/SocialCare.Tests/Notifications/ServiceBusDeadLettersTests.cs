using Azure.Core;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.DeadLetters;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

public sealed class ServiceBusDeadLettersTests : IAsyncLifetime
{
    private FakeServiceBus _bus = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _bus = await FakeServiceBus.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bus.DisposeAsync();
    }

    private ServiceBusDeadLetters Sut() => new(_http, new StaticToken(), Options.Create(new ServiceBusOptions { Namespace = "sb.test", Endpoint = _bus.Endpoint }));

    [Fact]
    public async Task Listing_shows_reasons_and_leaves_the_letters_in_place()
    {
        _bus.DeadLetter("n1", """{"notificationId":"n1"}""", "MaxDeliveryCountExceeded");
        _bus.DeadLetter("n2", """{"notificationId":"n2"}""", "MaxDeliveryCountExceeded");

        var listed = await Sut().ListAsync("notify", 10, CancellationToken.None);

        Assert.Equal(2, listed.Count);
        Assert.All(listed.Items, i => Assert.Equal("MaxDeliveryCountExceeded", i.Reason));
        Assert.Equal(["n1", "n2"], listed.Items.Select(i => i.MessageId).Order());
        Assert.Equal(2, (await Sut().ListAsync("notify", 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Replay_sends_each_body_back_unchanged_under_a_new_message_id_and_removes_the_letter()
    {
        const string body = """{"schemaVersion":1,"notificationId":"n1","kind":"new_message"}""";
        _bus.DeadLetter("n1", body, "MaxDeliveryCountExceeded");

        var replayed = await Sut().ReplayAsync("notify", CancellationToken.None);

        Assert.Equal(1, replayed);
        var sent = Assert.Single(_bus.Sent);
        Assert.Equal(("notify", body), (sent.Queue, sent.Body));
        Assert.StartsWith("n1:replay:", sent.MessageId, StringComparison.Ordinal);
        Assert.Equal(0, _bus.DeadLetterCount);
    }

    private sealed class StaticToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("test-token", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
