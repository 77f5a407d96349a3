using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;

namespace SocialCare.Tests.Workspace;

public sealed class InboxKeysTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unassigned_open_case_is_in_every_open_list_of_its_team_and_the_team_s_unassigned_list()
    {
        var keys = InboxKeys.For(Case(ConversationStatus.Open, null));

        Assert.Equal(["all|open", "team|care|open", "unassigned|care"], keys.Select(k => k.Scope));
    }

    [Fact]
    public void An_owned_case_is_in_its_owner_s_list_and_not_in_the_unassigned_one()
    {
        var keys = InboxKeys.For(Case(ConversationStatus.Waiting, "anna"));

        Assert.Equal(["all|waiting", "team|care|waiting", "owner|anna|waiting"], keys.Select(k => k.Scope));
    }

    [Fact]
    public void Rows_sort_as_the_lists_are_worked()
    {
        var early = InboxKeys.Row(Case(ConversationStatus.Open, null, due: Now.AddMinutes(5)));
        var later = InboxKeys.Row(Case(ConversationStatus.Open, null, due: Now.AddHours(5)));
        var noClock = InboxKeys.Row(Case(ConversationStatus.Open, null, due: null));
        var resolvedRecently = InboxKeys.Row(Case(ConversationStatus.Resolved, null) with { ResolvedAt = Now });
        var resolvedLongAgo = InboxKeys.Row(Case(ConversationStatus.Resolved, null) with { ResolvedAt = Now.AddDays(-3) });

        Assert.True(string.CompareOrdinal(early, later) < 0);
        Assert.True(string.CompareOrdinal(later, noClock) < 0);
        Assert.True(string.CompareOrdinal(resolvedRecently, resolvedLongAgo) < 0);
    }

    private static Conversation Case(ConversationStatus status, string? owner, DateTimeOffset? due = null) =>
        new("c1", "facebook", "facebook:page1", "post:1", new Customer("u1", "Klient"), status, "care", owner,
            null, PriorityAssessment.Normal, Now, Now, 1, Sla: due is null ? null : new SlaClock(due, null, null));
}
