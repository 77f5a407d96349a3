using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Tests.Channels;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Moderation;

/// <summary>A VK channel with credentials against a fake VK API: refusals are recorded, failures fail the invocation.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ModerationPublishOutcomeTests : IAsyncLifetime
{
    private const string Channel = "vk:123";
    private const string Abusive = "you people are complete idiots";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private FakePlatformApi _vk = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _vk = await FakePlatformApi.StartAsync();
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Queues:RunTriggers"] = "false",
                ["Channels:vk-123:AccessToken"] = "vk-token",
                ["Vk:ApiBaseUrl"] = _vk.BaseAddress("method/").ToString(),
            },
            s => s.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _vk.DisposeAsync();
    }

    [Fact]
    public async Task A_hide_the_platform_cannot_do_is_recorded_in_the_verdict_reason_and_the_invocation_succeeds()
    {
        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel));

        var moderation = ClassifyInvocation.Moderation(outputs)!;
        Assert.Equal("hide", moderation["action"]!.GetValue<string>());
        Assert.Contains("hide refused by the platform", moderation["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_vk.Requests);
    }

    [Fact]
    public async Task A_failed_delete_fails_the_invocation_so_the_queue_retries_and_the_retry_deletes_and_blocks()
    {
        await _app.Client.PutAsJsonAsync("/api/moderation/vk:123", new { mode = "act", blockAfterAbusive = 1 });
        var e = ClassifyInvocation.Event(Abusive, Channel, authorId: "666");
        var message = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(ClassifyMessage.For(e), CoreJson.Default.ClassifyMessage);

        var failed = await ClassifyInvocation.InvokeAsync(_app, "Classify", message);
        _vk.Reply(200, """{"response":1}""");
        _vk.Reply(200, """{"response":1}""");
        var retried = await ClassifyInvocation.InvokeAsync(_app, "Classify", message);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var moderation = ClassifyInvocation.Moderation(await ClassifyInvocation.OutputsAsync(retried))!;
        Assert.Equal("delete_and_block", moderation["action"]!.GetValue<string>());
        var methods = _vk.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.EndsWith("wall.deleteComment", methods[^2], StringComparison.Ordinal);
        Assert.EndsWith("groups.ban", methods[^1], StringComparison.Ordinal);
        Assert.Contains("owner_id=666", _vk.Requests[^1].Body, StringComparison.Ordinal);
    }
}
