using ClassificationResult = SocialCare.Core.Classification.Classification;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Classification;

public sealed class ModerationPolicyTests
{
    private static ClassificationResult Classified(Intent intent, Sentiment sentiment = Sentiment.Negative) =>
        new("en", sentiment, 0.9, intent, [], PriorityAssessment.Normal, ClassificationResult.SourceOffline);

    [Fact]
    public void First_abusive_public_comment_is_hidden_not_deleted()
    {
        var verdict = ModerationPolicy.Decide(Classified(Intent.Abuse), EventKind.Comment, ModerationRules.Default, priorAbusiveInWindow: 0);

        Assert.Equal(ModerationActions.Hide, verdict.Action);
    }

    [Fact]
    public void Third_abusive_comment_within_the_window_deletes_and_blocks()
    {
        var verdict = ModerationPolicy.Decide(Classified(Intent.Abuse), EventKind.Comment, ModerationRules.Default, priorAbusiveInWindow: 2);

        Assert.Equal(ModerationActions.DeleteAndBlock, verdict.Action);
        Assert.Contains("30 days", verdict.Reason);
    }

    [Fact]
    public void Spam_reply_is_hidden() =>
        Assert.Equal(ModerationActions.Hide, ModerationPolicy.Decide(Classified(Intent.Spam, Sentiment.Neutral), EventKind.Reply, ModerationRules.Default, 0).Action);

    [Fact]
    public void Harsh_criticism_is_never_moderated()
    {
        var verdict = ModerationPolicy.Decide(Classified(Intent.Complaint), EventKind.Comment, ModerationRules.Default, priorAbusiveInWindow: 5);

        Assert.Null(verdict.Action);
        Assert.Contains("criticism", verdict.Reason);
    }

    [Fact]
    public void A_complaint_that_swears_is_hidden_as_the_offensive_detector_says_but_never_deleted_or_blocked()
    {
        var swearing = Classified(Intent.Complaint) with { Offensive = true };

        var verdict = ModerationPolicy.Decide(swearing, EventKind.Comment, ModerationRules.Default, priorAbusiveInWindow: 5);
        var detected = new OfflineClassifier().Classify(new ClassificationInput("Kurwa, trzeci tydzień czekam na paczkę!"));

        Assert.Equal(ModerationActions.Hide, verdict.Action);
        Assert.Contains("offensive", verdict.Reason);
        Assert.False(ModerationPolicy.IsAbusive(swearing));
        Assert.True(detected.Offensive, "the classifier carries the offensive detector's verdict to moderation");
    }

    [Fact]
    public void Abusive_private_message_is_never_hidden() =>
        Assert.Null(ModerationPolicy.Decide(Classified(Intent.Abuse), EventKind.DirectMessage, ModerationRules.Default, 10).Action);

    [Fact]
    public void Suggest_mode_keeps_the_action_and_says_an_agent_confirms()
    {
        var rules = new ModerationRules(ModerationRules.Suggest);
        var verdict = ModerationPolicy.Decide(Classified(Intent.Abuse), EventKind.Comment, rules, 0);

        Assert.Equal(ModerationActions.Hide, verdict.Action);
        Assert.False(rules.ActsAutomatically);
        Assert.Contains("agent confirms", verdict.Reason);
    }

    [Fact]
    public void Off_mode_never_acts() =>
        Assert.Null(ModerationPolicy.Decide(Classified(Intent.Abuse), EventKind.Comment, new ModerationRules(ModerationRules.Off), 9).Action);

    [Fact]
    public void Only_abuse_inside_the_window_counts_towards_blocking()
    {
        var now = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
        DateTimeOffset[] abusiveAt = [now.AddDays(-31), now.AddDays(-29), now.AddHours(-1)];

        Assert.Equal(2, ModerationPolicy.CountInWindow(abusiveAt, now, ModerationRules.Default));
    }
}
