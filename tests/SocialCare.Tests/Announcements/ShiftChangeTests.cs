using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Tests.Hours;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Routing;

namespace SocialCare.Tests.Announcements;

/// <summary>The closing post puts the channel's agents offline with a hand-over each; the opening post sends the backlog digest.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ShiftChangeTests
{
    [Fact]
    public async Task Closing_sends_each_working_agent_a_hand_over_and_puts_them_offline_and_opening_sends_the_backlog_digest()
    {
        await using var app = await RoutingApp.StartAsync();
        (await app.Client.PutAsync($"/api/schedules/{RoutingApp.Channel}", AnnounceApp.Json(Schedules.Weekdays("Europe/Warsaw", "pl", Schedules.Day)))).EnsureSuccessStatusCode();
        var routed = await app.RouteAsync(app.Event("h1", "Paczka przyszła zniszczona", "shift-customer", EventKind.DirectMessage), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        var conversation = await app.ConversationAsync(routed!.ConversationId!);
        var owner = (string)conversation["assignee"]!;

        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero)); // Tuesday 20:00 Warsaw: closing
        var closing = await app.AnnounceAsync();

        var handovers = closing.Where(n => n.Kind == NotificationKind.ShiftHandover).ToList();
        Assert.Contains(handovers, n => n.AgentId == owner);
        Assert.DoesNotContain(handovers, n => n.AgentId == "maria"); // offline all day, owning nothing: nothing to hand over
        Assert.Equal(handovers.Count, handovers.Select(n => n.NotificationId).Distinct().Count());
        var agents = await app.Client.GetFromJsonAsync<JsonArray>("/api/agents");
        Assert.All(agents!, a => Assert.False((bool)a!["online"]!, $"{a!["id"]} is still online after closing"));
        Assert.Empty(await app.AnnounceAsync()); // the next run: the slot is done, nothing again

        await app.NotifyAsync(handovers.Single(n => n.AgentId == owner));
        var mail = Assert.Single(await app.App.Smtp.WaitForAsync(1));
        Assert.Equal($"{owner}@demo.localhost.test", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("[hand-over] 1 open", mail.Subject);
        Assert.Contains("Klient shift-customer", mail.TextBody ?? mail.HtmlBody);

        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero)); // Wednesday 08:00 Warsaw: opening
        var opening = await app.AnnounceAsync();

        var digest = Assert.Single(opening, n => n.Kind == NotificationKind.ShiftDigest && n.AgentId == owner);
        await app.NotifyAsync(digest);
        var morning = (await app.App.Smtp.WaitForAsync(2))[^1];
        Assert.StartsWith("[backlog]", morning.Subject);
        Assert.Contains("1 yours", morning.Subject);
    }
}
