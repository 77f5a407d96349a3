using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialCare.Core.Classification;
using SocialCare.Tests.Announcements;
using SocialCare.Tests.Hours;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Routing;
using Xunit.Abstractions;

namespace SocialCare.Tests.Workspace;

/// <summary>The agent workspace in Chromium, driven by accessible names as an agent (or a screen reader) finds things: the inbox, the thread, replies and the supervisor's pages.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Browser)]
public sealed partial class WorkspaceBrowserTests(WorkspaceFixture fixture, ITestOutputHelper output) : WorkspaceBrowserTest(fixture, output)
{
    [Fact]
    public async Task Signing_in_from_the_inbox_link_comes_back_to_the_inbox()
    {
        var page = await Fixture.Chromium.OpenAsync(Fixture.BaseUrl);

        await page.GotoAsync("/inbox");
        Assert.Equal("/.auth/login/dev", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("Email").FillAsync("ANNA@demo.localhost.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inbox$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByText("Anna Kowalska")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_conversation_page_is_never_cached_keeps_its_security_headers_and_logs_no_warning()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("headers", "Gdzie jest moja paczka?");

        var response = await page.GotoAsync($"/inbox/conversations/{id}");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("no-store", headers["cache-control"], StringComparison.Ordinal);
        Assert.Equal(SocialCare.Functions.Workspace.Page.ContentSecurityPolicy, headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("same-origin", headers["referrer-policy"]);
        // The page carries forms, so antiforgery sets its own no-cache headers: ours must agree with them, or every page
        // view logs a warning that the app's headers were overridden.
        Assert.DoesNotContain(LogsOfThisTest, l => l.StartsWith("Warning Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_without_an_agent_record_is_told_so()
    {
        var page = await Fixture.SignedInAsync("stranger@example.com", "/inbox");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not an agent" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("stranger@example.com")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_list_is_sorted_by_the_SLA_clock_due_first()
    {
        foreach (var customer in new[] { "sorta", "sortb", "sortc" })
        {
            await Fixture.ConversationOfAsync(customer, "Zamówienie nie dotarło, proszę o pomoc.");
            Fixture.App.Time.Advance(TimeSpan.FromMinutes(10));
        }
        var page = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, "/inbox?view=all&q=Klient%20sort");

        var links = page.GetByRole(AriaRole.Region, new() { Name = "Conversations" }).GetByRole(AriaRole.Link);
        await Assertions.Expect(links).ToHaveTextAsync(["Klient sorta", "Klient sortb", "Klient sortc"]);
        await page.ScreenshotAsync(new() { Path = Screenshot("inbox.png"), FullPage = true });
    }

    [Fact]
    public async Task A_new_conversation_appears_in_the_open_list_without_a_reload()
    {
        var page = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, "/inbox?view=all");
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Conversations" });
        await Assertions.Expect(rows.GetByRole(AriaRole.Link, new() { Name = "Klient livenew" })).ToHaveCountAsync(0);
        var marker = await page.EvaluateAsync<string>("() => { window.__notReloaded = 'yes'; return window.__notReloaded; }");
        await Assertions.Expect(page.Locator("#inbox-rows")).ToHaveAttributeAsync("hx-trigger", "every 1s"); // Workspace:RefreshSeconds

        await Fixture.ConversationOfAsync("livenew", "Czy macie ten model w rozmiarze M?", Intent.Question, Sentiment.Neutral);

        await Assertions.Expect(rows.GetByRole(AriaRole.Link, new() { Name = "Klient livenew" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal(marker, await page.EvaluateAsync<string>("() => window.__notReloaded"));
    }

    [Fact]
    public async Task The_owner_reads_the_thread_and_a_reply_is_published_once_to_the_customer_s_message()
    {
        var c = await Fixture.ConversationOfAsync("replyone", "Paczka przyszła uszkodzona, co teraz?");
        var id = (string)c["id"]!;
        var owner = (string)c["assignee"]!;
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf(owner), $"/inbox/conversations/{id}");
        await Assertions.Expect(page.GetByText("Paczka przyszła uszkodzona, co teraz?")).ToBeVisibleAsync();

        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Przepraszamy! Wyślemy nową paczkę jeszcze dziś, proszę podać numer zamówienia.");
        var form = page.Locator("form#composer");
        var key = await form.Locator("input[name=idempotencyKey]").GetAttributeAsync("value");
        var token = await form.Locator("input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        // The same form sent again (a double click, a retry after a timeout): nothing more is published.
        var again = await page.Context.APIRequest.PostAsync($"/inbox/conversations/{id}/reply", new()
        {
            Form = FormOf(page, ("text", "Przepraszamy! Wyślemy nową paczkę jeszcze dziś, proszę podać numer zamówienia."), ("idempotencyKey", key!), ("__RequestVerificationToken", token!)),
            MaxRedirects = 0,
        });

        Assert.True(again.Status is 302 or 303, $"second post answered {again.Status}");
        var replies = await Fixture.RepliesToAsync(id);
        var reply = Assert.Single(replies);
        Assert.Equal("reply", (string?)reply!["action"]);
        Assert.StartsWith("replyone-", (string?)reply["inReplyTo"]);
        await Assertions.Expect(page.GetByText("Wyślemy nową paczkę jeszcze dziś", new() { Exact = false })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("conversation.png"), FullPage = true });
    }

    [Fact]
    public async Task A_reply_that_only_sends_the_customer_elsewhere_is_held_until_send_anyway()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("deflect", "Nie działa mi aplikacja od rana.");

        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Prosimy o kontakt z infolinią.");
        // Marked while typing, before Send is pressed.
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Draft checks" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Send will stop here" })).ToContainTextAsync("Sends the customer elsewhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("prosimy o kontakt z infolinią");
        Assert.Empty(await Fixture.RepliesToAsync(id));

        await page.GetByRole(AriaRole.Button, new() { Name = "Send anyway" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        Assert.Single(await Fixture.RepliesToAsync(id));
        // The report counts it against anna as a forced send.
        var flagged = (await Fixture.App.ConversationAsync(id))["flaggedReplies"]!.AsArray();
        Assert.Equal(("anna", true), ((string?)flagged.Single()!["agentId"], (bool)flagged.Single()!["forced"]!));
    }

    [Fact]
    public async Task A_note_shows_in_the_thread_and_is_never_published()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("noted", "Gdzie jest moja paczka?");

        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Klient pisał już wczoraj na Messengerze.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Thread" }).GetByText("Klient pisał już wczoraj na Messengerze.")).ToBeVisibleAsync();
        Assert.Empty(await Fixture.RepliesToAsync(id));
    }

    [Fact]
    public async Task Hand_over_moves_the_case_and_the_previous_owner_can_only_claim_it()
    {
        var c = await Fixture.ConversationOfAsync("handover", "Reklamacja: buty rozkleiły się po tygodniu.");
        var id = (string)c["id"]!;
        var owner = (string)c["assignee"]!;
        var next = owner == "anna" ? "olga" : "anna";
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf(owner), $"/inbox/conversations/{id}");

        await page.GetByLabel("Hand over to").SelectOptionAsync(next);
        await page.GetByLabel("Hand-over note").FillAsync("Olga zna tego klienta.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Handed over." })).ToBeVisibleAsync();
        Assert.Equal(next, (string?)(await Fixture.App.ConversationAsync(id))["assignee"]);
        await Assertions.Expect(page.GetByLabel("Reply", new() { Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Claim" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Olga zna tego klienta.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Another_agent_cannot_reply_in_an_owned_case_even_by_posting_the_form()
    {
        var c = await Fixture.ConversationOfAsync("owned", "Chcę zwrócić kurtkę, nie pasuje.");
        var id = (string)c["id"]!;
        var owner = (string)c["assignee"]!;
        var other = owner == "anna" ? "olga" : "anna";
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf(other), $"/inbox/conversations/{id}");
        await Assertions.Expect(page.GetByLabel("Reply", new() { Exact = true })).ToHaveCountAsync(0);
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

        var forced = await page.Context.APIRequest.PostAsync($"/inbox/conversations/{id}/reply", new()
        {
            Form = FormOf(page, ("text", "Zwrot przyjęty."), ("idempotencyKey", Guid.NewGuid().ToString("N")), ("__RequestVerificationToken", token!)),
            MaxRedirects = 0,
        });

        Assert.Equal(403, forced.Status);
        Assert.Empty(await Fixture.RepliesToAsync(id));
    }

    [Fact]
    public async Task Waiting_on_the_customer_stops_the_clock_until_they_write_and_resolve_closes_the_case()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("waiting", "Zamówiłem dwa swetry, przyszedł jeden.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Waiting on customer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Waiting on the customer" })).ToBeVisibleAsync();
        var waiting = await Fixture.App.ConversationAsync(id);
        Assert.Equal("waiting", (string?)waiting["status"]);
        Assert.Null(waiting["sla"]?["resolutionDue"]);

        await Fixture.ConversationOfAsync("waiting", "Numer zamówienia 12345.", owner: null);
        Assert.Equal("open", (string?)(await Fixture.App.ConversationAsync(id))["status"]);

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Resolved." })).ToBeVisibleAsync();
        Assert.Equal("resolved", (string?)(await Fixture.App.ConversationAsync(id))["status"]);
        var events = page.GetByRole(AriaRole.Region, new() { Name = "Thread" }).Locator("li.event");
        await Assertions.Expect(events.Filter(new() { HasText = "Assigned to Anna Kowalska" }).First).ToBeVisibleAsync();
        await Assertions.Expect(events.Filter(new() { HasText = "Waiting on the customer" })).ToHaveCountAsync(1);
        await Assertions.Expect(events.Filter(new() { HasText = "Resolved" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_and_does_nothing()
    {
        var (id, page) = await Fixture.OwnerOpensAsync("forgery", "Dlaczego kurier nie przyjechał?");

        var posted = await page.Context.APIRequest.PostAsync($"/inbox/conversations/{id}/resolve", new() { Form = FormOf(page, ("x", "y")), MaxRedirects = 0 });

        Assert.Equal(400, posted.Status);
        Assert.Equal("open", (string?)(await Fixture.App.ConversationAsync(id))["status"]);
    }

    [Fact]
    public async Task The_local_teams_viewer_shows_cards_as_a_person_sees_them_with_the_inbox_link()
    {
        var card = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "complaint_card.json"));
        (await Fixture.App.Client.PostAsync("/dev/teams-webhook", new StringContent(card, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var page = await Fixture.Chromium.OpenAsync(Fixture.BaseUrl);

        await page.GotoAsync($"/dev/teams?code={TestApp.FunctionKey}");

        var shown = page.GetByRole(AriaRole.Article, new() { Name = "New complaint from Anna Nowak on facebook" }).First;
        await Assertions.Expect(shown.GetByText("Pralka miała być wczoraj <b>i nie ma</b>!")).ToBeVisibleAsync();
        await Assertions.Expect(shown.GetByText("P1: complaint, 12,500 followers")).ToBeVisibleAsync();
        await Assertions.Expect(shown.GetByRole(AriaRole.Link, new() { Name = "Open in inbox" })).ToHaveAttributeAsync("href", "https://care.test/inbox/conversations/conv-1");
    }

    [Fact]
    public async Task A_supervisor_sees_each_agent_s_load_and_each_team_s_backlog_and_an_agent_is_refused()
    {
        await Fixture.ConversationOfAsync("loadseen", "Zepsuty zamek w kurtce.");
        (await Fixture.App.Client.PutAsync("/api/schedules/facebook:hours1", AnnounceApp.Json(Schedules.PolishShop()))).EnsureSuccessStatusCode();
        var page = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, "/inbox");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team", Exact = true })).ToBeVisibleAsync();
        var anna = page.GetByRole(AriaRole.Region, new() { Name = "Team load" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Anna Kowalska" });
        await Assertions.Expect(anna).ToContainTextAsync("online");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Backlog" }).GetByRole(AriaRole.Link, new() { Name = "care" })).ToBeVisibleAsync();
        var hours = page.GetByRole(AriaRole.Region, new() { Name = "Opening hours" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "facebook:hours1" });
        await Assertions.Expect(hours).ToContainTextAsync(new Regex(@"(open until|closed, back) \w{3} \d\d:\d\d \(Europe/Warsaw\)"));
        var agent = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf("olga"), "/inbox/team");
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "For supervisors" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_agent_goes_offline_and_online_from_the_inbox()
    {
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf("james"), "/inbox");

        await page.GetByRole(AriaRole.Button, new() { Name = "Go offline" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are offline")).ToBeVisibleAsync();
        Assert.False((bool)(await Fixture.App.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/agents/james"))!["online"]!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Go online" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are online")).ToBeVisibleAsync();
        Assert.True((bool)(await Fixture.App.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/agents/james"))!["online"]!);
    }

    [Fact]
    public async Task A_reply_the_platform_refuses_stays_in_the_thread_as_not_delivered_and_stops_no_clock()
    {
        var c = await Fixture.RefusedChannelConversationAsync("refused", "Halo, czy ktoś tu jest?");
        var id = (string)c["id"]!;
        var page = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf("anna"), $"/inbox/conversations/{id}");

        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Dzień dobry, już sprawdzam.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(RefusingPublisher.Reason);
        var thread = page.GetByRole(AriaRole.Region, new() { Name = "Thread" });
        await Assertions.Expect(thread.GetByText("not delivered: " + RefusingPublisher.Reason)).ToBeVisibleAsync();
        var stored = await Fixture.App.ConversationAsync(id);
        Assert.Null(stored["firstResponseAt"]);
        Assert.Contains(stored["messages"]!.AsArray(), m => (string?)m!["deliveryError"] == RefusingPublisher.Reason);
    }
}
