using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Routing;

namespace SocialCare.Tests.Workspace;

/// <summary>
/// The app with the demo teams and agents on a fake clock, a supervisor of its own, and Chromium: shared by the
/// workspace's browser tests, which each use customers of their own.
/// </summary>
public sealed class WorkspaceFixture : IAsyncLifetime
{
    public const string SupervisorEmail = "sam.supervisor@brand.test";

    internal RoutingApp App { get; private set; } = null!;
    public Chromium Chromium { get; } = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _sessions = new(StringComparer.OrdinalIgnoreCase);
    public string BaseUrl => App.Client.BaseAddress!.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        Needs.Refuse(Needs.Azurite);
        // The pages ask again every second instead of every five: what a test waits for (a colleague's presence, a new
        // conversation in the list) shows sooner.
        App = await RoutingApp.StartAsync(services: s => s
            .AddSingleton<Core.Ports.IPlatformPublisher, RefusingPublisher>()
            .PostConfigure<SocialCare.Functions.Workspace.WorkspaceOptions>(o => o.RefreshSeconds = 1));
        await Chromium.InitializeAsync();
        // Offline and in no routed team, so routing never hands the supervisor a case.
        (await App.PutAsync("/api/agents/sam", new { name = "Sam Supervisor", email = SupervisorEmail, teams = new[] { "crisis" }, languages = new[] { "en" }, capacity = 1, online = false, role = "supervisor" })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        if (App is not null) await App.DisposeAsync();
    }

    /// <summary>
    /// A customer's comment routed as the pipeline would, then given to <paramref name="owner"/> (routing picks by load,
    /// which the other tests change); returns the conversation. Null owner: as routing left it.
    /// </summary>
    public async Task<JsonObject> ConversationOfAsync(string customer, string text, Intent intent = Intent.Complaint, Sentiment sentiment = Sentiment.Negative, string? owner = "anna",
        string language = "pl")
    {
        var id = $"{customer}-{Guid.NewGuid():N}";
        await App.RouteAsync(App.Event(id, text, customer, EventKind.Comment, key: $"post:{customer}"), RoutingApp.Classified(intent, sentiment, language));
        var list = await App.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId={customer}");
        var conversation = list!["items"]!.AsArray().Single()!.AsObject();
        if (owner is null || (string?)conversation["assignee"] == owner) return conversation;
        (await App.PostAsync($"/api/conversations/{conversation["id"]}/assign", new { agentId = owner })).EnsureSuccessStatusCode();
        return await App.ConversationAsync((string)conversation["id"]!);
    }

    /// <summary>A case owned by anna, opened in her browser session.</summary>
    public async Task<(string Id, IPage Page)> OwnerOpensAsync(string customer, string text)
    {
        var c = await ConversationOfAsync(customer, text);
        var id = (string)c["id"]!;
        return (id, await SignedInAsync(EmailOf((string)c["assignee"]!), $"/inbox/conversations/{id}"));
    }

    /// <summary>A private message on a channel whose platform refuses every reply, given to anna.</summary>
    public async Task<JsonObject> RefusedChannelConversationAsync(string customer, string text)
    {
        var id = $"{customer}-{Guid.NewGuid():N}";
        var e = new InboundEvent(EventIds.For(RefusingPublisher.Platform, id), RefusingPublisher.Platform, $"{RefusingPublisher.Platform}:1", EventKind.DirectMessage,
            $"dm:{customer}", new Author(customer, "Klient " + customer), text, null, App.Time.GetUtcNow(), id);
        await App.RouteAsync(e, RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        var conversation = (await App.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId={customer}"))!["items"]!.AsArray().Single()!.AsObject();
        if ((string?)conversation["assignee"] != "anna") (await App.PostAsync($"/api/conversations/{conversation["id"]}/assign", new { agentId = "anna" })).EnsureSuccessStatusCode();
        return conversation;
    }

    public static string EmailOf(string agentId) => agentId == "sam" ? SupervisorEmail : $"{agentId}@demo.localhost.test";

    /// <summary>
    /// A new browser session signed in as <paramref name="email"/>, on <paramref name="path"/>: through the local sign-in
    /// page the first time, then with the cookies that sign-in left, as a returning agent's browser has them (Playwright's
    /// storage state; each test still gets a context of its own). A session the app no longer accepts (the test clock
    /// moved past it) signs in again. Signing in once per agent instead of once per test spares two page loads a test.
    /// </summary>
    public async Task<IPage> SignedInAsync(string email, string path = "/inbox")
    {
        var page = await Chromium.OpenAsync(BaseUrl, _sessions.GetValueOrDefault(email));
        await page.GotoAsync(path);
        if (!new Uri(page.Url).AbsolutePath.StartsWith("/.auth/", StringComparison.Ordinal)) return page;
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The URL, not the load event: a page that polls (htmx) may keep the load state busy on a loaded machine.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/\\.auth/"), new() { Timeout = 30_000 });
        _sessions[email] = await page.Context.StorageStateAsync();
        return page;
    }

    public async Task<JsonArray> RepliesToAsync(string conversationId) =>
        [.. (await App.OutboxAsync()).Where(e => (string?)e!["conversationId"] == conversationId).Select(e => e!.DeepClone())];
}
