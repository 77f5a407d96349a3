using SocialCare.Tests.Infrastructure;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// Issue 13, point 2: each step delivered again after it succeeded (what Service Bus does when the completion is
/// lost) changes nothing the agent or the customer can see: no second email, card or post.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class RedeliveryTests : IAsyncLifetime
{
    private const string Complaint = "Pralka miała być w dwa dni, nie ma jej do dziś!";
    private StepApp _sut = null!;

    public async Task InitializeAsync() => _sut = await StepApp.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task A_route_redelivered_after_it_assigned_the_owner_sends_no_second_email_or_card()
    {
        var classified = await _sut.ClassifyAsync(_sut.Event(Complaint));
        var first = await _sut.RouteAsync(classified);
        await _sut.NotifyAsync(first!);

        var again = await _sut.RouteAsync(classified);
        await _sut.NotifyAsync(again!);

        Assert.Equal(NotificationKind.Assigned, first!.Kind);
        Assert.Equal((first.Kind, first.NotificationId), (again!.Kind, again.NotificationId));
        var mail = Assert.Single(_sut.App.Smtp.Messages);
        Assert.Equal("ola@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Single(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_notify_redelivered_after_it_sent_sends_no_second_email_or_card()
    {
        var notify = await _sut.RouteAsync(await _sut.ClassifyAsync(_sut.Event(Complaint)));

        await _sut.NotifyAsync(notify!);
        await _sut.NotifyAsync(notify!);

        Assert.Single(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_classify_redelivered_after_it_hid_a_comment_publishes_no_second_hide_and_notifies_once()
    {
        var e = _sut.Event("you people are complete idiots");
        await _sut.NotifyAsync((await _sut.RouteAsync(await _sut.ClassifyAsync(e)))!);

        var again = await _sut.ClassifyAsync(e);
        await _sut.NotifyAsync((await _sut.RouteAsync(again))!);

        Assert.Equal("hide", again["next"]!["classification"]!["moderation"]!["action"]!.GetValue<string>());
        var post = Assert.Single(await _sut.OutboxAsync());
        Assert.Equal(("hide", e.RawEventId), (post!["action"]!.GetValue<string>(), post["inReplyTo"]!.GetValue<string>()));
        Assert.Single(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_route_redelivered_after_an_after_hours_answer_publishes_no_second_answer()
    {
        // 22:00 in Warsaw: the default schedule is closed, so a private message gets the automatic answer.
        _sut.Time.SetUtcNow(StepApp.TuesdayMorning.AddHours(12));
        var classified = await _sut.ClassifyAsync(_sut.Event("Dzień dobry, gdzie jest moje zamówienie?", EventKind.DirectMessage, customer: "night-owl"));

        await _sut.NotifyAsync((await _sut.RouteAsync(classified))!);
        await _sut.NotifyAsync((await _sut.RouteAsync(classified))!);

        var answer = Assert.Single(await _sut.OutboxAsync());
        Assert.Equal("dm", answer!["action"]!.GetValue<string>());
        Assert.Single(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards);
    }
}
