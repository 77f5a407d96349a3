using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Workspace;

/// <summary>
/// A Messenger photo, from the signed webhook through Classify and Route (called as the Functions host calls them),
/// shows in the agent's thread as a thumbnail that opens the original, and the file beside it as a link by its name.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Browser)]
public sealed class AttachmentBrowserTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.Chromium.CloseSessionsAsync();

    private const string FixtureCustomer = "6543210987654321";
    private const string ImageUrl = "https://scontent.xx.fbcdn.net/v/t1.15752-9/467813590_1104586311265405_7283319475938126123_n.jpg?_nc_cat=104&ccb=1-7&_nc_sid=fc17b8&_nc_ohc=K9vZxY3Q4dAQ7kNvgG0X1bd&_nc_ad=z-m&_nc_cid=0&_nc_zt=23&_nc_ht=scontent.xx&oh=03_Q7cD1QHqGx2mJ5Yp9i3qKXb2nEo4vVw8tBq0yJ3pL1rN8A&oe=6976A51E";

    [Fact]
    public async Task A_photo_the_customer_sent_on_messenger_shows_as_a_thumbnail_in_the_thread()
    {
        var customer = "77" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Fixture("meta", "messenger_attachments.json")).Replace(FixtureCustomer, customer, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await PostWebhookAsync(body)).StatusCode);
        await DeliverThroughClassifyAndRouteAsync();
        var id = await GiveToAnnaAsync(customer);
        var page = await fixture.SignedInAsync(WorkspaceFixture.EmailOf("anna"), $"/inbox/conversations/{id}");

        var thread = page.GetByRole(AriaRole.Region, new() { Name = "Thread" });
        var thumbnail = thread.GetByRole(AriaRole.Img, new() { Name = "Image the customer sent" });
        await Assertions.Expect(thumbnail).ToBeVisibleAsync();
        await Assertions.Expect(thumbnail).ToHaveAttributeAsync("src", ImageUrl);
        // The link around the thumbnail is named by its image: it opens the original.
        await Assertions.Expect(thread.GetByRole(AriaRole.Link, new() { Name = "Image the customer sent" })).ToHaveAttributeAsync("href", ImageUrl);
        var file = thread.GetByRole(AriaRole.Link, new() { Name = "receipt-5512.pdf" });
        await Assertions.Expect(file).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://cdn\\.fbsbx\\.com/v/t59\\.2708-21/"));
        await Assertions.Expect(thread.GetByText("[image, file]")).ToBeVisibleAsync();
    }

    private Task<HttpResponseMessage> PostWebhookAsync(byte[] body)
    {
        var secret = fixture.App.App.Services.GetRequiredService<IConfiguration>()["Meta:AppSecret"]!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/meta") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(secret, body)));
        return fixture.App.App.Anonymous.SendAsync(request);
    }

    /// <summary>The workspace app runs no queue pumps: the webhook's message is taken off the classify queue and handed on by hand.</summary>
    private async Task DeliverThroughClassifyAndRouteAsync()
    {
        var queue = fixture.App.App.Queue(QueueNames.Classify);
        var received = (await queue.ReceiveMessageAsync()).Value ?? throw new InvalidOperationException("The webhook enqueued nothing.");
        var classified = await InvokeAsync("Classify", received.Body.ToArray());
        await InvokeAsync("Route", Encoding.UTF8.GetBytes(classified["next"]!.ToJsonString()));
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);
    }

    private async Task<string> GiveToAnnaAsync(string customer)
    {
        var list = await fixture.App.Client.GetFromJsonAsync<JsonObject>($"/api/conversations?customerId={customer}");
        var conversation = list!["items"]!.AsArray().Single()!.AsObject();
        var id = (string)conversation["id"]!;
        if ((string?)conversation["assignee"] != "anna") (await fixture.App.PostAsync($"/api/conversations/{id}/assign", new { agentId = "anna" })).EnsureSuccessStatusCode();
        return id;
    }

    // POST /{Function} with the envelope the host sends for a binary queue trigger; returns the invocation's Outputs.
    private async Task<JsonObject> InvokeAsync(string function, byte[] message)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(message) },
            ["Metadata"] = new JsonObject { ["DeliveryCount"] = "1" },
        };
        var response = await fixture.App.Client.PostAsync($"/{function}", new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["Outputs"] as JsonObject ?? [];
    }
}
