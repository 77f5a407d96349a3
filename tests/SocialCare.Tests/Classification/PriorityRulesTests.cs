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

    // A model we own that has learned one priority for every text, as sure as it is told.
    private sealed class Learned(int level, float confidence) : IIntentModel
    {
        public IntentGuess? Predict(string text, float[] signals) => null;

        public bool PredictsPriority => true;

        public PriorityGuess? PredictPriority(string text, float[] signals)
        {
            Assert.Equal(PrioritySignals.Count, signals.Length);
            return new PriorityGuess(level, confidence);
        }
    }

    [Fact]
    public void A_sure_learned_priority_moves_the_rules_level_and_says_why()
    {
        var result = PriorityRules.Assess(Intent.Complaint, Sentiment.Negative, [], null, "the hall alarm is dead again", new Learned(2, 0.9f));

        Assert.Equal(2, result.Level);
        Assert.Equal([PriorityRules.LearnedReason, "negative complaint"], result.Reasons);
    }

    [Fact]
    public void An_unsure_learned_priority_leaves_the_rules_level() =>
        Assert.Equal(3, PriorityRules.Assess(Intent.Complaint, Sentiment.Negative, [], null, "the hall alarm is dead again", new Learned(2, PriorityRules.LearnedConfidence - 0.01f)).Level);

    [Theory]
    [InlineData("safety")]
    [InlineData("legal")]
    public void What_was_learned_never_lowers_a_safety_signal_or_a_legal_threat(string kind)
    {
        var signal = kind == "safety" ? Signals.Safety : Signals.LegalThreat;

        Assert.Equal(1, PriorityRules.Assess(Intent.Complaint, Sentiment.Negative, [signal], null, "the charger smoked", new Learned(4, 0.99f)).Level);
    }

    [Fact]
    public void The_rules_level_is_one_of_what_the_learned_priority_reads()
    {
        var signals = PrioritySignals.Of("gdzie paczka", 3);

        Assert.Equal([0f, 0f, 1f, 0f], signals[^4..]);
        Assert.Equal(IntentSignals.Of("gdzie paczka"), signals[..^4]);
    }
}
