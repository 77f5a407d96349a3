using SocialCare.Core.Classification;

namespace SocialCare.Tests.Classification;

public sealed class PriorityRulesTests
{
    [Fact]
    public void Legal_threat_outranks_a_plain_complaint_and_both_reasons_are_kept()
    {
        var result = PriorityRules.Assess(Intent.Complaint, Sentiment.Negative, [Signals.LegalThreat], null);

        Assert.Equal(1, result.Level);
        Assert.Equal(["legal threat", "negative complaint"], result.Reasons);
    }

    [Fact]
    public void Praise_without_signals_is_lowest_priority() =>
        Assert.Equal(4, PriorityRules.Assess(Intent.Praise, Sentiment.Positive, [], null).Level);

    [Theory]
    [InlineData(900, "900")]
    [InlineData(52_400, "52k")]
    [InlineData(1_250_000, "1.3M")]
    public void Follower_counts_read_like_an_agent_would_say_them(long followers, string expected) =>
        Assert.Equal(expected, PriorityRules.FormatFollowers(followers));
}
