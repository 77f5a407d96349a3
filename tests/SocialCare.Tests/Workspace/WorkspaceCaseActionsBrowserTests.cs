using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialCare.Core.Classification;
using SocialCare.Tests.Routing;
using SocialCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SocialCare.Tests.Workspace;

/// <summary>What an owner does to a case beyond replying: labels, moderation, escalation, choosing what to answer, collision.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Browser)]
public sealed class WorkspaceCaseActionsBrowserTests(WorkspaceFixture fixture, ITestOutputHelper output) : WorkspaceBrowserTest(fixture, output)
{
    [Fact]
    public async Task The_owner_corrects_intent_and_priority_and_the_correction_is_kept_to_learn_from()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("relabel", "Ile kosztuje ta kurtka w rozmiarze M?");

        await page.GetByLabel("Intent", new() { Exact = true }).SelectOptionAsync("purchase_intent");
        await page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save labels" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Labels saved." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Intent", new() { Exact = true })).ToHaveValueAsync("purchase_intent");
        await Assertions.Expect(page.GetByLabel("Priority", new() { Exact = true })).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByText("Corrected by Anna Kowalska")).ToBeVisibleAsync();
        var corrections = new List<Core.Classification.Corrections.LabelCorrection>();
        await foreach (var c in Fixture.App.App.Services.GetRequiredService<Core.Ports.ILabelCorrectionStore>().ListAsync(CancellationToken.None)) corrections.Add(c);
        var kept = Assert.Single(corrections, c => c.ConversationId == id);
        Assert.Equal((Intent.Complaint, Intent.PurchaseIntent, 2, "anna"), (kept.FromIntent, kept.ToIntent, kept.ToPriority, kept.AgentId));
    }

    [Fact]
    public async Task Two_people_in_one_case_see_each_other_and_the_owner_is_warned_when_the_other_replies()
    {
        var (id, owner) = await Fixture.OwnerOpensAsync("collision", "Paczka nie dotarła, a status mówi doręczono.");
        var supervisor = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, $"/inbox/conversations/{id}");
        var slow = new LocatorAssertionsToContainTextOptions { Timeout = 15_000 };

        await Assertions.Expect(owner.Locator("#collision")).ToContainTextAsync("Also viewing: Sam Supervisor", slow);
        await Assertions.Expect(supervisor.Locator("#collision")).ToContainTextAsync("Also viewing: Anna Kowalska", slow);
        await owner.GetByLabel("Reply", new() { Exact = true }).FillAsync("Sprawdzam to u kuriera");
        Fixture.App.Time.Advance(TimeSpan.FromMinutes(1));
        await supervisor.GetByLabel("Reply", new() { Exact = true }).FillAsync("Już sprawdzamy u kuriera, odezwę się dziś.");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        // The supervisor's side first: a failure then says whether the reply was never sent or the owner never heard.
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await Assertions.Expect(owner.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sam Supervisor replied at", slow);
        await Assertions.Expect(owner.GetByLabel("Reply", new() { Exact = true })).ToHaveValueAsync("Sprawdzam to u kuriera");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_owner_hides_and_unhides_a_comment_and_blocks_the_customer_on_the_platform()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("troll", "Wasza obsługa to banda leni, i tak nic nie zrobicie");
        var comment = page.GetByRole(AriaRole.Region, new() { Name = "Thread" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "banda leni" });
        var before = Fixture.App.GraphRequests.Count;

        await comment.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Hidden on the platform" })).ToBeVisibleAsync();
        await Assertions.Expect(comment).ToContainTextAsync("hidden");
        var hide = Assert.Single(Fixture.App.GraphRequests.Skip(before));
        Assert.Contains("\"is_hidden\":true", hide.Body);

        await comment.GetByRole(AriaRole.Button, new() { Name = "Unhide", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Visible again" })).ToBeVisibleAsync();
        await Assertions.Expect(comment.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true })).ToBeVisibleAsync();

        await page.GetByText("Block customer…").ClickAsync();
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("insults after a warning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Block customer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "blocked" })).ToBeVisibleAsync();
        var moderation = (await Fixture.App.ConversationAsync(id))["moderation"]!.AsArray();
        Assert.Equal(["hide", "unhide", "block"], moderation.Select(m => (string?)m!["action"]));
        Assert.Equal("insults after a warning", (string?)moderation[2]!["reason"]);
        Assert.All(moderation, m => Assert.Equal("anna", (string?)m!["agentId"]));
    }

    [Fact]
    public async Task The_owner_escalates_to_another_team_with_a_note_and_the_case_leaves_their_inbox()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("escalate", "Chcę kupić jeszcze dwa takie same, ale ten jest wadliwy");

        await page.GetByLabel("Escalate to team", new() { Exact = true }).SelectOptionAsync("sales");
        await page.GetByLabel("Escalation note", new() { Exact = true }).FillAsync("Klient chce dokupić dwie sztuki.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Escalate", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inbox\\?escalated=1$"));
        var after = await Fixture.App.ConversationAsync(id);
        Assert.Equal("sales", (string?)after["team"]);
        Assert.NotEqual("anna", (string?)after["assignee"]);
        var supervisor = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, $"/inbox/conversations/{id}");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Region, new() { Name = "Thread" })).ToContainTextAsync("Escalated to team sales by Anna Kowalska: Klient chce dokupić dwie sztuki.");
    }

    [Fact]
    public async Task The_owner_answers_an_earlier_comment_and_then_answers_privately_in_the_same_case()
    {
        var (id, first, page) = await CaseOfTwoCommentsAsync("twocomments", "Czy ten model ma funkcję pary?", "A jaka jest cena?", Intent.PurchaseIntent);
        var before = Fixture.App.GraphRequests.Count;

        await page.GetByLabel("Answer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await Assertions.Expect(page.GetByLabel("Answer", new() { Exact = true })).ToHaveValueAsync(new Regex(".+"));
        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Tak, ma funkcję pary.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        var reply = Assert.Single(Fixture.App.GraphRequests.Skip(before));
        Assert.Contains($"/{first}/comments", reply.PathAndQuery);

        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Cenę wyślę w wiadomości prywatnej.");
        await page.GetByLabel("Reply privately").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        var privately = Fixture.App.GraphRequests.Skip(before + 1).Single();
        Assert.EndsWith("/page1/messages", privately.PathAndQuery.Split('?')[0]);
        Assert.Contains("\"comment_id\"", privately.Body);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Thread" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Cenę wyślę" })).ToContainTextAsync("private message");
        Assert.Equal(id, (string?)(await Fixture.App.ConversationAsync(id))["id"]);
    }

    [Fact]
    public async Task Send_anyway_answers_the_comment_chosen_in_answer()
    {
        var (id, first, page) = await CaseOfTwoCommentsAsync("anywaychosen", "Czy jest dostawa do paczkomatu?", "Halo?", Intent.Other);
        var before = Fixture.App.GraphRequests.Count;

        await page.GetByLabel("Answer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Proszę zadzwonić na infolinię.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send anyway" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        var reply = Assert.Single(Fixture.App.GraphRequests.Skip(before));
        Assert.Contains($"/{first}/comments", reply.PathAndQuery);
    }

    /// <summary>
    /// A question as a comment, then two minutes later a second comment of the same customer on the same post, in one
    /// case; opened by its owner. Returns the case, the platform id of the first comment and the owner's page.
    /// </summary>
    private async Task<(string Id, string FirstComment, IPage Page)> CaseOfTwoCommentsAsync(string customer, string first, string second, Intent secondIntent)
    {
        var c = await Fixture.ConversationOfAsync(customer, first, Intent.Question, Sentiment.Neutral);
        var id = (string)c["id"]!;
        var firstComment = (string)(await Fixture.App.ConversationAsync(id))["messages"]!.AsArray().First(m => (string?)m!["direction"] == "inbound")!["platformMessageId"]!;
        Fixture.App.Time.Advance(TimeSpan.FromMinutes(2));
        await Fixture.App.RouteAsync(Fixture.App.Event($"{customer}-2-{Guid.NewGuid():N}", second, customer, Core.Events.EventKind.Comment, key: $"post:{customer}"),
            RoutingApp.Classified(secondIntent));
        return (id, firstComment, await Fixture.SignedInAsync(WorkspaceFixture.EmailOf((string)c["assignee"]!), $"/inbox/conversations/{id}"));
    }
}
