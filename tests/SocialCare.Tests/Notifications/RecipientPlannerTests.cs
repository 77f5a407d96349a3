using SocialCare.Core.Notifications;
using SocialCare.Core.Routing;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

public sealed class RecipientPlannerTests
{
    private readonly RecipientPlanner _sut = new("default@test.local", "https://teams.test/default");

    private static Agent Agent(NotificationPreference notify, string? webhook = null) =>
        new("a1", "Ola", "ola@test.local", ["care"], ["pl"], 5, true, notify, webhook);

    [Fact]
    public void A_team_without_its_own_webhook_or_mailbox_uses_the_defaults()
    {
        var targets = _sut.TeamChannel(InMemoryTeamDirectory.Team("care", null, ""));

        Assert.Equal([NoticeTarget.Teams("https://teams.test/default"), NoticeTarget.Email("default@test.local")], targets);
    }

    [Fact]
    public void Without_any_webhook_teams_is_skipped_and_email_still_goes()
    {
        var targets = new RecipientPlanner("default@test.local", null).TeamChannel(InMemoryTeamDirectory.Team("care", null, "care@test.local"));

        Assert.Equal([NoticeTarget.Email("care@test.local")], targets);
    }

    [Fact]
    public void An_owner_who_wants_teams_only_gets_their_own_webhook()
    {
        var targets = _sut.Owner(Agent(NotificationPreference.Teams, "https://teams.test/ola"), InMemoryTeamDirectory.Team("care", "https://teams.test/care", "care@test.local"));

        Assert.Equal([NoticeTarget.Teams("https://teams.test/ola")], targets);
    }

    [Fact]
    public void An_owner_who_wants_teams_but_has_no_webhook_anywhere_gets_email()
    {
        var targets = new RecipientPlanner("d@test.local", null).Owner(Agent(NotificationPreference.Teams), null);

        Assert.Equal([NoticeTarget.Email("ola@test.local")], targets);
    }

    [Fact]
    public void Crisis_stages_get_new_ids_as_the_count_doubles_and_when_closed()
    {
        Assert.Equal([1, 2, 2, 4, 8, 8], new[] { 1, 2, 3, 7, 8, 15 }.Select(CrisisNotice.CountBucket));
    }

    [Fact]
    public void Messages_of_one_conversation_in_the_same_minute_share_a_notification_id()
    {
        var at = Conversations.At;

        Assert.Equal(BurstWindow.NotificationId("c1", at), BurstWindow.NotificationId("c1", at.AddSeconds(59)));
        Assert.NotEqual(BurstWindow.NotificationId("c1", at), BurstWindow.NotificationId("c1", at.AddSeconds(61)));
        Assert.NotEqual(BurstWindow.NotificationId("c1", at), BurstWindow.NotificationId("c2", at));
    }
}
