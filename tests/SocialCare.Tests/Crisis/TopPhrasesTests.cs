using SocialCare.Core.Crisis;

namespace SocialCare.Tests.Crisis;

public sealed class TopPhrasesTests
{
    [Fact]
    public void Recurring_word_pairs_come_first_and_function_words_never_count()
    {
        var sut = TopPhrases.Of(
        [
            "The app is down again, I can't pay my bills",
            "Your app is down and the payment failed",
            "App down since morning!!! payment failed twice",
            "Nie działa aplikacja, payment failed",
        ]);

        Assert.Equal(["app down", "payment failed"], sut.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(sut, p => p is "the" or "and" or "nie");
    }

    [Fact]
    public void With_nothing_recurring_the_most_common_words_stand_in()
    {
        var sut = TopPhrases.Of(["Отравление после вашего йогурта", "Йогурт просрочен, отравление"], count: 3);

        Assert.Contains("отравление", sut);
    }
}
