using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Moderation;

/// <summary>House rules applied by the real Classify function, carried out through the publisher and stored on the conversation.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class HouseRulesTests : IAsyncLifetime
{
    private const string Channel = "facebook:page1";
    private const string Abusive = "you people are complete idiots";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }, s => s.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IOutbox Outbox => _app.Services.GetRequiredService<IOutbox>();

    [Fact]
    public async Task An_abusive_public_comment_is_hidden_through_the_publisher_and_the_verdict_says_the_channel_is_not_connected()
    {
        var e = ClassifyInvocation.Event(Abusive, Channel);

        var outputs = await ClassifyInvocation.ClassifyAsync(_app, e);
        await ClassifyInvocation.RouteAsync(_app, outputs);

        Assert.Equal("hide", ClassifyInvocation.Moderation(outputs)!["action"]!.GetValue<string>());
        var entry = Assert.Single(await Outbox.ListAsync(Channel, 10, CancellationToken.None));
        Assert.Equal(("hide", "recorded", e.RawEventId), (entry.Action, entry.Status, entry.InReplyTo));
        var store = _app.Services.GetRequiredService<IConversationStore>();
        var id = await store.FindCurrentIdAsync(Channel, e.ConversationKey, CancellationToken.None);
        var conversation = await store.GetAsync(id!, CancellationToken.None);
        Assert.Equal("hide", conversation!.Value.Classification!.Moderation!.Action);
        Assert.Equal("abusive public comment; hide not sent: channel not connected", conversation.Value.Classification.Moderation.Reason);
    }

    [Fact]
    public async Task The_third_abusive_comment_in_thirty_days_deletes_and_blocks_and_a_redelivery_does_not_count_twice()
    {
        var first = ClassifyInvocation.Event(Abusive, Channel, authorId: "troll");
        await ClassifyInvocation.ClassifyAsync(_app, first);
        var redelivered = await ClassifyInvocation.ClassifyAsync(_app, first);
        _time.Advance(TimeSpan.FromDays(10));
        var second = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel, authorId: "troll"));
        _time.Advance(TimeSpan.FromDays(10));
        var third = ClassifyInvocation.Event(Abusive, Channel, authorId: "troll");
        var thirdOutputs = await ClassifyInvocation.ClassifyAsync(_app, third);

        Assert.Equal("hide", ClassifyInvocation.Moderation(redelivered)!["action"]!.GetValue<string>());
        Assert.Equal("hide", ClassifyInvocation.Moderation(second)!["action"]!.GetValue<string>());
        Assert.Equal("delete_and_block", ClassifyInvocation.Moderation(thirdOutputs)!["action"]!.GetValue<string>());
        var latest = (await Outbox.ListAsync(Channel, 10, CancellationToken.None)).Take(2).Select(o => (o.Action, o.InReplyTo)).ToList();
        Assert.Contains(("delete", third.RawEventId), latest);
        Assert.Contains(("block", (string?)null), latest);
    }

    [Fact]
    public async Task Abusive_comments_older_than_the_window_no_longer_count()
    {
        await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel, authorId: "old"));
        await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel, authorId: "old"));
        _time.Advance(TimeSpan.FromDays(31));

        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel, authorId: "old"));

        Assert.Equal("hide", ClassifyInvocation.Moderation(outputs)!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task Criticism_however_negative_is_never_moderated()
    {
        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event("Your delivery is terrible and the courier lost my parcel, worst service ever", Channel));

        Assert.Null(ClassifyInvocation.Moderation(outputs)!["action"]);
        Assert.Equal("criticism is never moderated automatically", ClassifyInvocation.Moderation(outputs)!["reason"]!.GetValue<string>());
        Assert.Empty(await Outbox.ListAsync(Channel, 10, CancellationToken.None));
    }

    [Fact]
    public async Task An_abusive_private_message_is_never_hidden()
    {
        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel, EventKind.DirectMessage));

        Assert.Null(ClassifyInvocation.Moderation(outputs)!["action"]);
        Assert.Empty(await Outbox.ListAsync(Channel, 10, CancellationToken.None));
    }

    [Fact]
    public async Task In_suggest_mode_the_verdict_is_a_suggestion_and_nothing_is_published()
    {
        var put = await _app.Client.PutAsJsonAsync("/api/moderation/facebook:page1", new { mode = "suggest" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event("Zarabiaj 5000 zł dziennie!!! Kliknij link w bio", Channel));

        Assert.Equal("hide", ClassifyInvocation.Moderation(outputs)!["action"]!.GetValue<string>());
        Assert.Contains("suggested", ClassifyInvocation.Moderation(outputs)!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await Outbox.ListAsync(Channel, 10, CancellationToken.None));
    }

    [Fact]
    public async Task In_off_mode_nothing_is_moderated()
    {
        await _app.Client.PutAsJsonAsync("/api/moderation/facebook:page1", new { mode = "off" });

        var outputs = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(Abusive, Channel));

        Assert.Null(ClassifyInvocation.Moderation(outputs)!["action"]);
        Assert.Empty(await Outbox.ListAsync(Channel, 10, CancellationToken.None));
    }
}
