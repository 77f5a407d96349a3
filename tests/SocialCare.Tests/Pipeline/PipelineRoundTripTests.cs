using System.Net;
using System.Text.Json;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>Webhook → classify → route → notify on Azurite, ending in a real SMTP conversation.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class PipelineRoundTripTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:MaxDeliveryCount"] = "3" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_mention_becomes_a_conversation_and_an_email()
    {
        var response = await _app.PostMentionsAsync(Mentions.Body(Mentions.One("r1", "Pralka miała być w dwa dni, czekam już trzeci tydzień!", author: "Anna Nowak")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var mail = Assert.Single(await _app.Smtp.WaitForAsync(1));
        Assert.StartsWith("[P", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("[facebook] Anna Nowak: Pralka miała być", mail.Subject, StringComparison.Ordinal);
        Assert.Equal("team@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Pralka miała być w dwa dni", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pralka miała być w dwa dni", mail.HtmlBody, StringComparison.Ordinal);

        var list = await GetJsonAsync("/api/conversations?platform=facebook");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        var id = item.GetProperty("id").GetString()!;
        var detail = await GetJsonAsync($"/api/conversations/{id}");
        Assert.Equal("u1", detail.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal("open", detail.GetProperty("status").GetString());
        Assert.Equal("listening:brand24", detail.GetProperty("channelId").GetString());
        var message = Assert.Single(detail.GetProperty("messages").EnumerateArray());
        Assert.Equal("inbound", message.GetProperty("direction").GetString());
        Assert.Equal("listening:brand24:r1", message.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_same_mention_delivered_twice_leaves_one_message_and_one_email()
    {
        var body = Mentions.Body(Mentions.One("d1", "Where is my order?", authorId: "dup-user"));

        Assert.Equal(HttpStatusCode.OK, (await _app.PostMentionsAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.PostMentionsAsync(body)).StatusCode);

        await _app.Smtp.WaitForAsync(1);
        await _app.DrainedAsync(); // a second email, if any, would have been sent by now
        Assert.Single(_app.Smtp.Messages);
        var list = await GetJsonAsync("/api/conversations?customerId=dup-user");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(1, item.GetProperty("messageCount").GetInt32());
    }

    [Fact]
    public async Task A_poison_message_moves_to_the_dead_letter_queue_after_max_deliveries()
    {
        var classify = _app.Queue("classify");
        await classify.CreateIfNotExistsAsync();
        await classify.SendMessageAsync(BinaryData.FromString("{\"schemaVersion\":1,\"messageId\":\"poison\",\"event\":\"not an event\"}"));

        var deadLetters = _app.Queue("classify-deadletter");
        JsonDocument? letter = null;
        for (var i = 0; i < 200 && letter is null; i++)
        {
            await Task.Delay(100);
            if (!await deadLetters.ExistsAsync()) continue;
            var peeked = (await deadLetters.PeekMessagesAsync()).Value;
            if (peeked.Length > 0) letter = JsonDocument.Parse(peeked[0].Body.ToString());
        }

        Assert.NotNull(letter);
        using var _ = letter;
        Assert.Equal("classify", letter!.RootElement.GetProperty("queue").GetString());
        Assert.Equal(3, letter!.RootElement.GetProperty("deliveryCount").GetInt64());
        Assert.Contains("Classify failed", letter!.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("poison", letter!.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);
        await _app.DrainedAsync(); // the pump deletes the original just after sending the letter
        Assert.Equal(0, (await classify.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task The_read_api_needs_the_function_key_and_pages_newest_first()
    {
        foreach (var n in Enumerable.Range(1, 3))
        {
            await _app.PostMentionsAsync(Mentions.Body(Mentions.One($"p{n}", $"question {n}?", authorId: "pager", thread: $"pt{n}")));
            await _app.Smtp.WaitForAsync(n, where: m => (m.Subject ?? "").Contains("question", StringComparison.Ordinal));
        }

        var first = await GetJsonAsync("/api/conversations?customerId=pager&limit=2");
        var items = first.GetProperty("items").EnumerateArray().ToList();
        var token = first.GetProperty("continuationToken").GetString();
        var second = await GetJsonAsync($"/api/conversations?customerId=pager&limit=2&continuationToken={Uri.EscapeDataString(token!)}");

        Assert.Equal(2, items.Count);
        Assert.True(items[0].GetProperty("createdAt").GetDateTimeOffset() >= items[1].GetProperty("createdAt").GetDateTimeOffset());
        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous.GetAsync("/api/conversations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous.GetAsync("/api/conversations?code=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous.GetAsync($"/api/conversations?code={TestApp.FunctionKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Client.GetAsync("/api/conversations?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/api/conversations/nope")).StatusCode);
    }

    [Fact]
    public async Task Health_reports_table_and_queue_storage()
    {
        var health = await GetJsonAsync("/api/health", anonymous: true);
        Assert.Equal("ok", health.GetProperty("tables").GetString());
        Assert.Equal("ok", health.GetProperty("queues").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string path, bool anonymous = false)
    {
        var response = await (anonymous ? _app.Anonymous : _app.Client).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
