using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Core.Routing;

namespace SocialCare.Tests.Routing;

public sealed class RoutingRulesTests
{
    [Theory]
    [InlineData(Intent.Question, Sentiment.Neutral, "", "first-line")]
    [InlineData(Intent.Complaint, Sentiment.Neutral, "", "care")]
    [InlineData(Intent.Other, Sentiment.Negative, "", "care")]
    [InlineData(Intent.PurchaseIntent, Sentiment.Positive, "", "sales")]
    [InlineData(Intent.Spam, Sentiment.Neutral, "", "moderation")]
    [InlineData(Intent.Abuse, Sentiment.Negative, "", "moderation")]
    [InlineData(Intent.Complaint, Sentiment.Negative, "safety", "crisis")]
    [InlineData(Intent.Praise, Sentiment.Positive, "", "first-line")]
    public void Default_rules_send_each_kind_of_case_to_its_team(Intent intent, Sentiment sentiment, string signal, string team)
    {
        var c = RoutingApp.Classified(intent, sentiment, "pl", signal.Length == 0 ? [] : [signal]);

        var sut = RuleEngine.TeamFor(DefaultRouting.Rules, CaseFacts.Of(c, "facebook", "facebook:1"), "none");

        Assert.Equal(team, sut);
    }

    [Fact]
    public void The_least_loaded_online_agent_who_speaks_the_language_and_has_room_is_picked()
    {
        Agent A(string id, int capacity, bool online = true, params string[] languages) => new(id, id, $"{id}@b.test", ["care"], languages, capacity, online);
        var agents = new[] { A("busy", 2, true, "pl"), A("free-ru", 5, true, "ru"), A("offline", 5, false, "pl"), A("half", 4, true, "pl"), A("full", 1, true, "pl") };
        var loads = new Dictionary<string, int> { ["busy"] = 1, ["half"] = 1, ["full"] = 1 };

        Assert.Equal("half", AgentPicker.Pick(agents, "care", "pl", loads)?.Id);
        Assert.Equal("free-ru", AgentPicker.Pick(agents, "care", "ru", loads)?.Id);
        Assert.Null(AgentPicker.Pick(agents, "sales", "pl", loads));
    }

    [Fact]
    public void Priority_keeps_the_reasons_that_raised_it()
    {
        var c = RoutingApp.Classified(Intent.Complaint, Sentiment.Negative, "pl", Signals.LegalThreat, Signals.Influencer);

        var sut = PriorityPolicy.Assess(c, repeatContact: true, waitedPastSla: false);

        Assert.Equal(1, sut.Level);
        Assert.Equal(["legal threat", "influencer", "repeat contact"], sut.Reasons);
    }

    [Theory]
    [InlineData("Prosimy o kontakt z infolinią: 22 123 45 67", true)]
    [InlineData("Napisz do nas maila na pomoc@sklep.pl", true)]
    [InlineData("kontakt@sklep.pl", true)]
    [InlineData("Обратитесь в службу поддержки", true)]
    [InlineData("Przepraszamy! Paczka wyszła wczoraj z magazynu w Poznaniu, numer przesyłki wysłaliśmy w wiadomości prywatnej, dotrze jutro przed południem. W razie pytań możesz też zadzwonić do nas.", false)]
    [InlineData("Your refund was issued today and should appear on your card within three working days.", false)]
    public void A_reply_is_a_deflection_only_when_it_says_nothing_else(string text, bool deflection)
    {
        Assert.Equal(deflection, DeflectionCheck.Find(text) is not null);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 3/5 ", 3)]
    [InlineData("⭐⭐", 2)]
    [InlineData("⭐️⭐️⭐️", 3)]
    [InlineData("6", null)]
    [InlineData("dzięki 5", null)]
    [InlineData("⭐⭐⭐⭐⭐⭐", null)]
    public void A_rating_is_a_digit_from_1_to_5_or_stars(string text, int? rating)
    {
        Assert.Equal(rating, CsatRating.Parse(text));
    }
}
