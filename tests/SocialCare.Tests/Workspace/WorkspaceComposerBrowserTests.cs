using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SocialCare.Core.Classification;
using SocialCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SocialCare.Tests.Workspace;

/// <summary>The reply assistant in the composer: suggested answers, saved replies found by "/", the checks while typing.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Browser)]
public sealed class WorkspaceComposerBrowserTests(WorkspaceFixture fixture, ITestOutputHelper output) : WorkspaceBrowserTest(fixture, output)
{
    private async Task<IPage> OwnerOpensInAsync(string customer, string text, string language, Intent intent = Intent.Complaint, string owner = "anna")
    {
        var c = await Fixture.ConversationOfAsync(customer, text, intent, owner: owner, language: language);
        return await Fixture.SignedInAsync(WorkspaceFixture.EmailOf(owner), $"/inbox/conversations/{c["id"]}");
    }

    [Theory]
    [InlineData("pl", "anna", "Paczka przyszła zgnieciona.", "Przepraszamy", "Uprzejmie informujemy, że zgodnie z regulaminem reklamację rozpatrzymy w 14 dni.")]
    [InlineData("ru", "olga", "Посылка пришла мятая.", "Извините", "Согласно пункту 4 правил, рассмотрим претензию в течение 14 дней.")]
    [InlineData("en", "anna", "The parcel arrived crushed.", "We're sorry", "Please be advised that as per our policy claims take 14 days.")]
    public async Task The_composer_offers_an_apology_marks_official_wording_while_typing_and_sends_the_suggestion(string language, string owner, string complaint,
        string apology, string official)
    {
        var customer = $"assist-{language}";
        var page = await OwnerOpensInAsync(customer, complaint, language, owner: owner);
        var reply = page.GetByLabel("Reply", new() { Exact = true });
        var checks = page.GetByRole(AriaRole.Region, new() { Name = "Draft checks" });
        var suggestion = page.GetByRole(AriaRole.Region, new() { Name = "Suggested answers" }).GetByRole(AriaRole.Button).Filter(new() { HasText = apology });

        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await reply.FillAsync(official);
        await Assertions.Expect(checks).ToContainTextAsync("Official wording");
        await Assertions.Expect(checks).ToContainTextAsync("Courtesy");

        await suggestion.ClickAsync();
        var text = await reply.InputValueAsync();
        Assert.StartsWith(apology, text);
        await Assertions.Expect(checks).ToContainTextAsync("Checks passed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        var sent = (await Fixture.App.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId={customer}"))!["items"]![0]!;
        Assert.Contains(await Fixture.RepliesToAsync((string)sent["id"]!), m => (string?)m!["text"] == text);
    }

    [Theory]
    [InlineData("pl", "anna", "Kiedy oddacie pieniądze?", "zwrot", "Czas zwrotu", "Cześć {customer.firstName}, zwrot pieniędzy trwa do 14 dni. {agent.name}", "Cześć Klient, zwrot pieniędzy trwa do 14 dni. Anna Kowalska")]
    [InlineData("ru", "olga", "Когда вернёте деньги?", "возврат", "Срок возврата", "Здравствуйте, {customer.firstName}, возврат денег занимает до 14 дней. {agent.name}", "Здравствуйте, Klient, возврат денег занимает до 14 дней. Olga Ivanova")]
    [InlineData("en", "anna", "When do I get my money back?", "refund", "Refund time", "Hi {customer.firstName}, a refund takes up to 14 days. {agent.name}", "Hi Klient, a refund takes up to 14 days. Anna Kowalska")]
    public async Task A_slash_finds_the_saved_replies_of_the_cases_language_and_a_click_fills_the_reply(string language, string owner, string question, string query,
        string title, string saved, string filled)
    {
        (await Fixture.App.PutAsync($"/api/replies/refund-{language}", new { title, language, text = saved, intents = new[] { "complaint" } })).EnsureSuccessStatusCode();
        // The same words in another language are not offered.
        (await Fixture.App.PutAsync($"/api/replies/refund-other-{language}", new { title = $"{title} (other language)", language = language == "en" ? "pl" : "en", text = $"{query} {query}", intents = new[] { "complaint" } })).EnsureSuccessStatusCode();
        try
        {
            var page = await OwnerOpensInAsync($"slash-{language}", question, language, owner: owner);
            var reply = page.GetByLabel("Reply", new() { Exact = true });

            await reply.FillAsync($"/{query}");

            var found = page.GetByRole(AriaRole.List, new() { Name = "Saved replies" }).GetByRole(AriaRole.Button);
            await Assertions.Expect(found).ToHaveCountAsync(1);
            await Assertions.Expect(found).ToContainTextAsync(title);
            await found.ClickAsync();
            await Assertions.Expect(reply).ToHaveValueAsync(filled);
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Saved replies" })).ToHaveCountAsync(0);
        }
        finally
        {
            // Saved replies for complaints come before the built-in apology among the three suggestions: left behind, they
            // would push it out of the apology test's case, depending on which test ran first.
            foreach (var id in new[] { $"refund-{language}", $"refund-other-{language}" })
                (await Fixture.App.Client.DeleteAsync($"/api/replies/{id}")).EnsureSuccessStatusCode();
        }
    }

    [Theory]
    [InlineData("pl", "anna", "Paczka nie doszła.", "Przepraszamy, ale jak już pisaliśmy, trzeba było wybrać kuriera.",
        "Przepraszamy, Klient, zamówienie nr 445566 pojedzie na ul. Długa 5.", "We are sorry, we will check your parcel today and write back here.")]
    [InlineData("ru", "olga", "Посылка не пришла.", "Извините, но сами виноваты, надо было выбрать курьера.",
        "@klient, извините, ваш заказ № 445566 отправлен.", "We are sorry, we will check your parcel today and write back here.")]
    [InlineData("en", "anna", "My parcel never came.", "Sorry, but as we already said, it's your fault for choosing that courier.",
        "Sorry, Klient, order #445566 goes to 221 Baker Street tomorrow.", "Przepraszamy, sprawdzimy paczkę jeszcze dziś i odpiszemy tutaj.")]
    public async Task The_composer_marks_blame_personal_data_in_public_and_a_draft_in_another_language(string language, string owner, string complaint,
        string blaming, string personal, string otherLanguage)
    {
        var page = await OwnerOpensInAsync($"rules-{language}", complaint, language, owner: owner);
        var reply = page.GetByLabel("Reply", new() { Exact = true });
        var checks = page.GetByRole(AriaRole.Region, new() { Name = "Draft checks" });

        await reply.FillAsync(blaming);
        await Assertions.Expect(checks).ToContainTextAsync("Tone");
        await Assertions.Expect(checks).ToContainTextAsync("ask a colleague to read it");

        await reply.FillAsync(personal);
        await Assertions.Expect(checks).ToContainTextAsync("Personal data");
        await page.GetByLabel("Reply privately").CheckAsync();
        await Assertions.Expect(checks).Not.ToContainTextAsync("Personal data");

        await reply.FillAsync(otherLanguage);
        await Assertions.Expect(checks).ToContainTextAsync("Language");
    }

    [Theory]
    [InlineData("pl", "Proszę zadzwonić na infolinię.", "dziękujemy ")]
    [InlineData("ru", "Позвоните нам, пожалуйста.", "спасибо ")]
    [InlineData("en", "Please call our helpline.", "thanks ")]
    public async Task On_x_the_composer_counts_past_280_characters_and_marks_a_deflection_as_what_stops_send(string language, string deflection, string word)
    {
        var customer = $"x-{language}";
        var id = $"{customer}-{Guid.NewGuid():N}";
        await Fixture.App.RouteAsync(new Core.Events.InboundEvent(Core.Events.EventIds.For("x", id), "x", "x:1000", Core.Events.EventKind.Mention, $"tweet:{id}",
            new Core.Events.Author(customer, "Klient " + customer), "@brand where is my order?", null, Fixture.App.Time.GetUtcNow(), id),
            SocialCare.Tests.Routing.RoutingApp.Classified(Intent.Question, Sentiment.Neutral, language));
        var c = (await Fixture.App.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId={customer}"))!["items"]![0]!;
        if ((string?)c["assignee"] != "anna") (await Fixture.App.PostAsync($"/api/conversations/{c["id"]}/assign", new { agentId = "anna" })).EnsureSuccessStatusCode();
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf("anna"), $"/inbox/conversations/{c["id"]}");
        var reply = page.GetByLabel("Reply", new() { Exact = true });
        var checks = page.GetByRole(AriaRole.Region, new() { Name = "Draft checks" });
        var tooLong = string.Concat(Enumerable.Repeat(word, 300 / word.Length + 1));

        await reply.FillAsync(tooLong);
        await Assertions.Expect(checks).ToContainTextAsync($"{tooLong.Length} characters; x allows 280");

        await reply.FillAsync(deflection);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Draft checks" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Send will stop here" })).ToContainTextAsync("Sends the customer elsewhere");
    }
}
