using SocialCare.Core.Classification;
using SocialCare.Core.Drafts;

namespace SocialCare.Tests.Drafts;

/// <summary>Each service rule, in Polish, Russian and English, with drafts that must and must not trigger it.</summary>
public sealed class DraftCheckerTests
{
    private static readonly DraftChecker Checker = new(new OfflineClassifier());

    private static async Task<IReadOnlyList<DraftFinding>> CheckAsync(string text, string language = "en", Intent? intent = Intent.Question,
        string platform = "facebook", bool isPublic = true, string? customer = "Maria Nowak") =>
        await Checker.CheckAsync(text, new DraftContext(language, intent, platform, isPublic, customer), CancellationToken.None);

    private static IEnumerable<DraftFinding> Of(IReadOnlyList<DraftFinding> findings, string code) => findings.Where(f => f.Code == code);

    [Theory]
    [InlineData("pl", "Proszę zadzwonić na infolinię.", "proszę zadzwonić na infolinię")]
    [InlineData("ru", "Напишите на почту, пожалуйста.", "напишите на почту")]
    [InlineData("en", "Please contact our hotline.", "contact our hotline")]
    public async Task Deflection_finds_a_reply_that_only_sends_the_customer_elsewhere_and_blocks(string language, string text, string phrase)
    {
        var finding = Assert.Single(Of(await CheckAsync(text, language), DraftCodes.Deflection));

        Assert.True(finding.Blocks);
        Assert.Equal(phrase, text.Substring(finding.Start, finding.Length), ignoreCase: true);
    }

    [Theory]
    [InlineData("pl", "Sprawdziłam paczkę: wyjechała dziś rano i jutro będzie u Pani. Numer przesyłki wyślę w wiadomości prywatnej.")]
    [InlineData("ru", "Я проверила: посылка уже в пути и будет у вас завтра. Номер отслеживания пришлю в личные сообщения.")]
    [InlineData("en", "I checked: the parcel left this morning and reaches you tomorrow. I'll send the tracking number in a private message.")]
    public async Task Deflection_leaves_an_answer_alone(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language), DraftCodes.Deflection));

    [Theory]
    [InlineData("pl", "Uprzejmie informujemy, że zgodnie z regulaminem zwrot trwa 14 dni.", "Uprzejmie informujemy")]
    [InlineData("ru", "Согласно пункту 4.2 возврат занимает 14 дней.", "Согласно пункту")]
    [InlineData("en", "Please be advised that refunds take 14 days as per our policy.", "Please be advised")]
    public async Task Bureaucratic_marks_official_wording_where_it_stands(string language, string text, string first)
    {
        var findings = Of(await CheckAsync(text, language), DraftCodes.Bureaucratic).OrderBy(f => f.Start).ToList();

        Assert.NotEmpty(findings);
        Assert.Equal(first, text.Substring(findings[0].Start, findings[0].Length));
        Assert.False(findings[0].Blocks);
    }

    [Theory]
    [InlineData("pl", "Zwrot pieniędzy trwa do 14 dni, dam znać, gdy wyjdzie przelew.")]
    [InlineData("ru", "Возврат денег занимает до 14 дней, я напишу, когда уйдёт перевод.")]
    [InlineData("en", "Refunds take up to 14 days; I'll let you know when the transfer leaves.")]
    public async Task Bureaucratic_leaves_plain_words_alone(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language), DraftCodes.Bureaucratic));

    [Theory]
    [InlineData("pl", "Sprawdzę to i wrócę z odpowiedzią.")]
    [InlineData("ru", "Я проверю и вернусь с ответом.")]
    [InlineData("en", "I'll look into it and come back to you.")]
    public async Task Courtesy_asks_for_an_apology_on_a_complaint(string language, string text)
    {
        var finding = Assert.Single(Of(await CheckAsync(text, language, Intent.Complaint), DraftCodes.Courtesy));
        Assert.Contains("apologise", finding.Message);
    }

    [Theory]
    [InlineData("pl", "Przepraszamy za opóźnienie, sprawdzę to sama i wrócę z odpowiedzią.")]
    [InlineData("ru", "Извините за задержку, я сама проверю и вернусь с ответом.")]
    [InlineData("en", "We're sorry for the delay; I'll look into it myself and come back to you.")]
    public async Task Courtesy_is_satisfied_by_an_apology_in_the_customers_language(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language, Intent.Complaint), DraftCodes.Courtesy));

    [Theory]
    [InlineData("pl", "Miło nam, że smakowało!")]
    [InlineData("ru", "Рады, что вам понравилось!")]
    [InlineData("en", "Glad you liked it!")]
    public async Task Courtesy_asks_for_thanks_on_praise(string language, string text)
    {
        var finding = Assert.Single(Of(await CheckAsync(text, language, Intent.Praise), DraftCodes.Courtesy));
        Assert.Contains("thank", finding.Message);
    }

    [Theory]
    [InlineData("pl", "Dziękujemy, Mario, miło nam!")]
    [InlineData("ru", "Спасибо, Мария, очень приятно!")]
    [InlineData("en", "Thank you, Maria, that made our day!")]
    public async Task Courtesy_is_satisfied_by_thanks(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language, Intent.Praise), DraftCodes.Courtesy));

    [Fact]
    public async Task Courtesy_wants_the_apology_in_the_customers_language_not_any() =>
        Assert.Single(Of(await CheckAsync("Sorry, sprawdzę to jeszcze dziś.", "ru", Intent.Complaint), DraftCodes.Courtesy));

    [Theory]
    [InlineData("pl", "Thank you for writing, I will check your order today.")]
    [InlineData("ru", "Dziękujemy za wiadomość, sprawdzę zamówienie jeszcze dziś.")]
    [InlineData("en", "Спасибо за сообщение, я проверю заказ сегодня.")]
    public async Task Language_finds_a_draft_not_in_the_customers_language(string language, string text)
    {
        var finding = Assert.Single(Of(await CheckAsync(text, language), DraftCodes.Language));
        Assert.Equal(0, finding.Start);
    }

    [Theory]
    [InlineData("pl", "Dziękujemy za wiadomość, sprawdzę zamówienie jeszcze dziś.")]
    [InlineData("ru", "Спасибо за сообщение, я проверю заказ сегодня.")]
    [InlineData("en", "Thank you for writing, I will check your order today.")]
    [InlineData("pl", "OK 👍")]
    public async Task Language_leaves_the_customers_language_and_too_short_drafts_alone(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language), DraftCodes.Language));

    [Theory]
    [InlineData("pl", "Jak już pisaliśmy, trzeba było przeczytać opis.", "Jak już pisaliśmy")]
    [InlineData("ru", "Сами виноваты, надо было читать описание.", "Сами виноваты")]
    [InlineData("en", "As we already said, it's your fault for not reading the description.", "As we already said")]
    public async Task Tone_marks_blame(string language, string text, string first)
    {
        var findings = Of(await CheckAsync(text, language), DraftCodes.Tone).OrderBy(f => f.Start).ToList();

        Assert.NotEmpty(findings);
        Assert.Equal(first, text.Substring(findings[0].Start, findings[0].Length));
        Assert.Contains("colleague", findings[0].Message);
    }

    [Theory]
    [InlineData("pl", "Co za idiotyczne pytanie, kurwa.")]
    [InlineData("ru", "Вы идиот, отстаньте уже, блин.")]
    [InlineData("en", "What a stupid question, you idiot.")]
    [InlineData("en", "WE ALREADY ANSWERED THIS!!!")]
    public async Task Tone_reads_the_draft_with_the_classifier_for_anger(string language, string text) =>
        Assert.NotEmpty(Of(await CheckAsync(text, language), DraftCodes.Tone));

    [Theory]
    [InlineData("pl", "Przepraszamy za kłopot, wymienimy produkt na nowy jeszcze w tym tygodniu.")]
    [InlineData("ru", "Извините за неудобства, мы заменим товар на новый на этой неделе.")]
    [InlineData("en", "We're sorry for the trouble; we'll replace the product this week.")]
    public async Task Tone_leaves_a_calm_answer_alone(string language, string text) =>
        Assert.Empty(Of(await CheckAsync(text, language, Intent.Complaint), DraftCodes.Tone));

    [Theory]
    [InlineData("pl", "Maria Nowak", "Pani Mario, paczka pojedzie na ul. Długa 5, zamówienie nr 123456.", "ul. Długa 5")]
    [InlineData("pl", "Maria Nowak", "Pani Mario, paczka pojedzie na ul. Długa 5, zamówienie nr 123456.", "zamówienie nr 123456")]
    [InlineData("ru", "Мария Иванова", "Мария, ваш заказ № 48213 отправлен, телефон курьера +7 912 345 67 89.", "заказ № 48213")]
    [InlineData("ru", "Мария Иванова", "Мария, ваш заказ № 48213 отправлен, телефон курьера +7 912 345 67 89.", "+7 912 345 67 89")]
    [InlineData("en", "Maria Nowak", "@maria_n your order #884213 goes to 221 Baker Street tomorrow.", "order #884213")]
    [InlineData("en", "Maria Nowak", "@maria_n your order #884213 goes to 221 Baker Street tomorrow.", "221 Baker Street")]
    [InlineData("en", "Maria Nowak", "Maria, we wrote to maria.nowak@example.com.", "maria.nowak@example.com")]
    public async Task Personal_data_next_to_a_name_in_public_suggests_a_private_reply(string language, string customer, string text, string expected)
    {
        var findings = Of(await CheckAsync(text, language, customer: customer), DraftCodes.PersonalData).ToList();

        Assert.Contains(findings, f => text.Substring(f.Start, f.Length) == expected);
        Assert.All(findings, f => Assert.Contains("privately", f.Message));
    }

    [Theory]
    [InlineData("pl", "Pani Mario, paczka pojedzie na ul. Długa 5, zamówienie nr 123456.", false)]
    [InlineData("ru", "Ваш заказ № 48213 уже отправлен.", true)]
    [InlineData("en", "Order #884213 left our warehouse today.", true)]
    public async Task Personal_data_is_fine_in_private_or_without_a_name(string language, string text, bool isPublic) =>
        Assert.Empty(Of(await CheckAsync(text, language, isPublic: isPublic, customer: "Maria Nowak"), DraftCodes.PersonalData));

    [Theory]
    [InlineData("pl")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task Length_counts_past_the_platforms_limit(string language)
    {
        var word = language switch { "pl" => "dziękujemy ", "ru" => "спасибо ", _ => "thanks " };
        var text = string.Concat(Enumerable.Repeat(word, 300 / word.Length + 1));

        var finding = Assert.Single(Of(await CheckAsync(text, language, platform: "x"), DraftCodes.Length));

        Assert.Equal(280, finding.Start);
        Assert.Equal(text.Length - 280, finding.Length);
        Assert.Contains($"{text.Length} characters", finding.Message);
        Assert.Empty(Of(await CheckAsync(text, language, platform: "facebook"), DraftCodes.Length));
    }

    [Fact]
    public async Task A_good_reply_has_no_findings() =>
        Assert.Empty(await CheckAsync("Przepraszamy, Pani Mario! Sprawdzę paczkę sama i odpiszę tu jeszcze dziś.", "pl", Intent.Complaint));
}
