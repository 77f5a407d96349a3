using ClassificationResult = SocialCare.Core.Classification.Classification;
using SocialCare.Core.Classification;

namespace SocialCare.Tests.Classification;

public sealed class OfflineClassifierTests
{
    private readonly OfflineClassifier sut = new();

    [Theory]
    [InlineData("Dzień dobry, czy macie ten model w sklepie w Poznaniu?", "pl")]
    [InlineData("Здравствуйте, когда привезут мой заказ?", "ru")]
    [InlineData("Hi, when will my order arrive?", "en")]
    [InlineData("Wo ist meine Bestellung? Ich warte schon seit einer Woche und das ist nicht gut", "other")]
    [InlineData("👍👍👍", "other")]
    [InlineData("kak uznat status zakaza? zhdu uzhe nedelyu", "ru")]
    [InlineData("spisali dvazhdy za odnu podpisku, vernite dengi", "ru")]
    [InlineData("tsena na zamenu ekrana?", "ru")]
    [InlineData("Dziekuje za szybka dostawe, paczka juz jest", "pl")]
    [InlineData("eshe bilety na subbotu est?", "ru")] // one Russian word against a word both share in Latin letters
    [InlineData("jestescie najlepsi", "pl")]
    [InlineData("na stronie pisze co innego niz w sklepie", "pl")]
    [InlineData("cena?", "pl")] // one or two words of a Polish care message, with no function word to go on
    [InlineData("ile?", "pl")]
    [InlineData("witam", "pl")]
    [InlineData("sklep?", "pl")]
    [InlineData("zly adres", "pl")] // short Polish typed without diacritics, no function word: the care words carry it
    [InlineData("zmiana adresu", "pl")]
    [InlineData("wysylka?", "pl")]
    [InlineData("masakra", "pl")]
    [InlineData("kurier ne priehal", "ru")] // a word both share, and a Russian one
    [InlineData("#ThankYouObama #BeautyAndTheBeast best night ever", "en")]
    [InlineData("Netanya and Libya in the news again, anyone watching?", "en")]
    public void Language_is_told_apart_by_script_and_function_words(string text, string expected) =>
        Assert.Equal(expected, sut.Classify(new ClassificationInput(text)).Language);

    [Theory]
    [InlineData("Trzeci raz piszę w tej sprawie i cisza", Signals.RepeatContact)]
    [InlineData("Третий раз пишу вам по этому поводу", Signals.RepeatContact)]
    [InlineData("This is the third time I'm writing to you about my order", Signals.RepeatContact)]
    [InlineData("После вашей шаурмы у меня отравление, лежу дома", Signals.Safety)]
    [InlineData("Po waszym jogurcie mam zatrucie pokarmowe", Signals.Safety)]
    [InlineData("The charger caught fire overnight and burned my desk", Signals.Safety)]
    [InlineData("My lawyer will be in touch about this", Signals.LegalThreat)]
    [InlineData("Ни ногой больше в ваш магазин", Signals.ChurnThreat)]
    [InlineData("Nigdy więcej nie kupię u was", Signals.ChurnThreat)]
    [InlineData("Never again, worst airline ever", Signals.ChurnThreat)]
    public void Signals_are_found_in_every_language_and_inflection(string text, string signal) =>
        Assert.Contains(signal, sut.Classify(new ClassificationInput(text)).Signals);

    [Fact]
    public void Influencer_signal_follows_the_configured_follower_threshold()
    {
        var strict = new OfflineClassifier(new OfflineClassifierOptions { InfluencerFollowers = 100_000 });
        var input = new ClassificationInput("My parcel never arrived", AuthorFollowers: 52_000);

        Assert.Contains(Signals.Influencer, sut.Classify(input).Signals);
        Assert.DoesNotContain(Signals.Influencer, strict.Classify(input).Signals);
    }

    [Theory]
    [InlineData("Nie polecam, obsługa była niemiła")]
    [InlineData("Не рекомендую этот банк, сплошной обман")]
    [InlineData("The food was not good at all")]
    public void Negation_turns_praise_words_negative(string text) =>
        Assert.Equal(Sentiment.Negative, sut.Classify(new ClassificationInput(text)).Sentiment);

    [Theory]
    [InlineData("Polecam każdemu, świetna obsługa!!! 😍", Sentiment.Positive)]
    [InlineData("Огромное спасибо, всё отлично", Sentiment.Positive)]
    [InlineData("Love the new app design but it logs me out every five minutes and it's terrible", Sentiment.Mixed)]
    [InlineData("Widziałem waszą reklamę w tramwaju", Sentiment.Neutral)]
    [InlineData("this is sooo goooood", Sentiment.Positive)]
    [InlineData("Сбербанк снова заблокировал карту ((", Sentiment.Negative)]
    public void Sentiment_reads_emoji_punctuation_and_contrast(string text, Sentiment expected) =>
        Assert.Equal(expected, sut.Classify(new ClassificationInput(text)).Sentiment);

    [Theory]
    [InlineData("@brand my order still hasn't arrived after 3 weeks, worst service ever https://t.co/x", Intent.Complaint)]
    [InlineData("Уже две недели жду возврат денег, в поддержке только отписки", Intent.Complaint)]
    [InlineData("Banda złodziei, debile", Intent.Abuse)]
    [InlineData("you people are complete idiots", Intent.Abuse)]
    [InlineData("Zarabiaj 5000 zł dziennie!!! Kliknij link w bio", Intent.Spam)]
    [InlineData("Хочу купить пылесос до 20 тысяч, посоветуйте", Intent.PurchaseIntent)]
    [InlineData("Huge thanks to the support team, brilliant!", Intent.Praise)]
    [InlineData("Does the kit come with a charger?", Intent.Question)]
    [InlineData("Saw your billboard on the way to work", Intent.Other)]
    public void Intent_covers_what_a_care_team_handles(string text, Intent expected) =>
        Assert.Equal(expected, sut.Classify(new ClassificationInput(text)).Intent);

    [Fact]
    public void Plain_criticism_without_insults_is_a_complaint_not_abuse() =>
        Assert.Equal(Intent.Complaint, sut.Classify(new ClassificationInput("Your delivery is terrible and the courier lost my parcel")).Intent);

    [Fact]
    public void Safety_signal_makes_the_message_priority_one_and_says_why()
    {
        var result = sut.Classify(new ClassificationInput("My kid got hurt by the broken toy, the edge is sharp"));

        Assert.Equal(1, result.Priority.Level);
        Assert.Contains("safety signal", result.Priority.Reasons);
        Assert.Equal(ClassificationResult.SourceOffline, result.Source);
    }

    [Fact]
    public void Unhappy_influencer_is_named_with_the_follower_count()
    {
        var result = sut.Classify(new ClassificationInput("Terrible service, my order is lost", AuthorFollowers: 52_400));

        Assert.Equal(2, result.Priority.Level);
        Assert.Contains("influencer (52k followers)", result.Priority.Reasons);
    }

    [Fact]
    public void One_instance_gives_the_same_answers_from_many_threads()
    {
        var texts = new[] { "Trzeci raz piszę, żenada", "Спасибо, всё супер", "where is my refund?", "idiots" };
        var expected = texts.Select(t => sut.Classify(new ClassificationInput(t))).ToList();

        Parallel.For(0, 2_000, i =>
        {
            var actual = sut.Classify(new ClassificationInput(texts[i % texts.Length]));
            Assert.Equal(expected[i % texts.Length].Intent, actual.Intent);
            Assert.Equal(expected[i % texts.Length].Sentiment, actual.Sentiment);
        });
    }
}
