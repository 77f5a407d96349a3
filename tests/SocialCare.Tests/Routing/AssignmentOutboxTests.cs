using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Classification;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>
/// "Assigned to you" after an agent action goes through an outbox: the assignment is stored owing its notice, sent
/// right after, cleared by Notify, and sent again by SlaWatch's sweep while still owed two minutes on. A notify queue
/// that refuses the send delays the notice instead of losing it (before, the action answered 500 and nobody was told).
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AssignmentOutboxTests : IAsyncLifetime
{
    private readonly NotifyQueue _queue = new();
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync(seedDemo: false, services: s => s.AddSingleton<IQueueSender>(_queue));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly object Ewa = new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 5, online = false };

    private async Task<string> WaitingCaseAsync(string id)
    {
        var routed = await _app.RouteAsync(_app.Event(id, "Pytanie o zamówienie", customer: id, key: "post:" + id), RoutingApp.Classified(Intent.Question));
        Assert.Equal(NotificationKind.NewMessage, routed!.Kind);
        return routed.ConversationId!;
    }

    private async Task<string> OwedIdAsync(string conversationId)
    {
        var c = await _app.ConversationAsync(conversationId);
        return $"assigned:{conversationId}:{(string)c["assignee"]!}:{DateTimeOffset.Parse((string)c["assignedAt"]!, System.Globalization.CultureInfo.InvariantCulture).UtcTicks}";
    }

    [Fact]
    public async Task A_notice_the_queue_refused_is_sent_by_the_sweep_until_notify_delivered_it()
    {
        await _app.PutAsync("/api/agents/ewa", Ewa);
        var waiting = await WaitingCaseAsync("o1");
        _queue.Refusing = true;

        var online = await _app.PutAsync("/api/agents/ewa", new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 5, online = true });

        Assert.Equal(HttpStatusCode.OK, online.StatusCode); // the assignment is stored; only its notice waits
        Assert.Empty(_queue.Sent);
        var conversation = await _app.ConversationAsync(waiting);
        Assert.Equal("ewa", (string?)conversation["assignee"]);
        Assert.True((bool)conversation["ownerNoticeOwed"]!);
        var id = await OwedIdAsync(waiting);

        Assert.DoesNotContain(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned); // not yet due
        _app.Time.Advance(TimeSpan.FromMinutes(2));
        var swept = Assert.Single(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned);
        _app.Time.Advance(TimeSpan.FromMinutes(1));
        var sweptAgain = Assert.Single(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned);

        Assert.Equal(id, swept.NotificationId);
        Assert.Equal(id, sweptAgain.NotificationId); // the same notice: Notify delivers it once
        Assert.Equal("ewa", swept.Detail);

        await _app.NotifyAsync(swept);

        var mail = Assert.Single(await _app.App.Smtp.WaitForAsync(1));
        Assert.Equal("ewa@brand.test", mail.To.Mailboxes.Single().Address);
        Assert.False((bool)(await _app.ConversationAsync(waiting))["ownerNoticeOwed"]!);
        _app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned);
    }

    [Fact]
    public async Task The_sweep_stops_sending_a_notice_nobody_could_deliver_for_a_day()
    {
        await _app.PutAsync("/api/agents/ewa", Ewa);
        var waiting = await WaitingCaseAsync("d1");
        _queue.Refusing = true;
        await _app.PutAsync("/api/agents/ewa", new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 5, online = true });

        _app.Time.Advance(TimeSpan.FromHours(23));
        Assert.Single(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned && n.ConversationId == waiting);
        _app.Time.Advance(TimeSpan.FromHours(1));
        Assert.DoesNotContain(await _app.WatchSlaAsync(), n => n.Kind == NotificationKind.Assigned);
        Assert.True((bool)(await _app.ConversationAsync(waiting))["ownerNoticeOwed"]!); // still marked: the record says nobody was told
    }

    [Fact]
    public async Task Every_action_that_assigns_sends_the_owners_notice_at_once_with_the_assignments_id()
    {
        await _app.PutAsync("/api/agents/ewa", Ewa);
        await _app.PutAsync("/api/agents/jan", new { name = "Jan", email = "jan@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 1, online = true });
        var routed = await _app.RouteAsync(_app.Event("a1", "Pytanie", customer: "a1", key: "post:a1"), RoutingApp.Classified(Intent.Question));
        var first = routed!.ConversationId!;       // Jan takes it when routed (capacity 1)
        var second = await WaitingCaseAsync("a2"); // waits for Jan
        Assert.Equal("jan", (string?)(await _app.ConversationAsync(first))["assignee"]);

        // Reassigned to Ewa, which frees Jan, who takes the waiting case; then resolving.
        var assign = await _app.PostAsync($"/api/conversations/{first}/assign", new { agentId = "ewa" });
        var assignedId = await OwedIdAsync(first);
        var drainedId = await OwedIdAsync(second);
        var resolve = await _app.PostAsync($"/api/conversations/{first}/resolve", new { });

        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.Equal("jan", (string?)(await _app.ConversationAsync(second))["assignee"]);
        Assert.Equal([assignedId, drainedId], _queue.Sent.Select(m => m.NotificationId));
        Assert.All(_queue.Sent, m => Assert.Equal(NotificationKind.Assigned, m.Kind));
    }

    [Fact]
    public async Task A_case_reopened_while_an_agent_is_free_gets_that_owner_and_the_owner_is_told()
    {
        var waiting = await WaitingCaseAsync("re1"); // nobody online: unassigned
        await _app.PostAsync($"/api/conversations/{waiting}/resolve", new { });
        await _app.PutAsync("/api/agents/ewa", new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 5, online = true });
        Assert.Empty(_queue.Sent); // a resolved case is not drained

        var reopened = await _app.PostAsync($"/api/conversations/{waiting}/reopen", new { });

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("ewa", (string?)(await _app.ConversationAsync(waiting))["assignee"]);
        Assert.Equal([await OwedIdAsync(waiting)], _queue.Sent.Select(m => m.NotificationId));
    }

    [Fact]
    public async Task Routes_own_notice_clears_the_outbox_when_notify_delivers_it()
    {
        await _app.PutAsync("/api/agents/ewa", new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 5, online = true });

        var routed = await _app.RouteAsync(_app.Event("r1", "Pytanie", customer: "r1", key: "post:r1"), RoutingApp.Classified(Intent.Question));

        Assert.Equal(NotificationKind.Assigned, routed!.Kind);
        Assert.Equal(await OwedIdAsync(routed.ConversationId!), routed.NotificationId);
        await _app.NotifyAsync(routed);
        Assert.False((bool)(await _app.ConversationAsync(routed.ConversationId!))["ownerNoticeOwed"]!);
    }

    /// <summary>The notify queue as the HTTP actions see it: records what it was given, or refuses like a broker that is down.</summary>
    private sealed class NotifyQueue : IQueueSender
    {
        private readonly List<NotifyMessage> _sent = [];

        public bool Refusing { get; set; }

        public IReadOnlyList<NotifyMessage> Sent { get { lock (_sent) return [.. _sent]; } }

        public Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken)
        {
            if (Refusing) throw new InvalidOperationException("The queue is down.");
            Assert.Equal(QueueNames.Notify, queue);
            lock (_sent) _sent.Add(JsonSerializer.Deserialize(message.Body.Span, CoreJson.Default.NotifyMessage)!);
            return Task.CompletedTask;
        }
    }
}
