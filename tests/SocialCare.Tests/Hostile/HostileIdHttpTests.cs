using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// Correctly signed deliveries whose ids could turn a later API call into a call on another resource ("../lists/123",
/// "1?fields=x", "%2e%2e", empty, over-long): 400 problem details naming the item, and nothing of the delivery enqueued,
/// not even its good items.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class HostileIdHttpTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // source, fixture, path of the id to replace, hostile id, the field the answer must name
        { "meta", "page_batch", "entry[2].changes[0].value.comment_id", "../lists/123", "entry[2].changes[0].value.comment_id" },
        { "meta", "page_feed_comment", "entry[0].changes[0].value.parent_id", "1?fields=x", "entry[0].changes[0].value.parent_id" },
        { "meta", "page_feed_comment", "entry[0].id", new string('1', 25), "entry[0].id" },
        { "meta", "instagram_comment", "entry[0].changes[0].value.id", "", "entry[0].changes[0].value.id" },
        { "meta", "instagram_comment", "entry[0].changes[0].value.media.id", "%2e%2e", "entry[0].changes[0].value.media.id" },
        { "meta", "messenger_message", "entry[0].messaging[0].message.mid", "../m_1", "entry[0].messaging[0].message.mid" },
        { "meta", "messenger_message", "entry[0].messaging[0].sender.id", "..", "entry[0].messaging[0].sender.id" },
        { "meta", "instagram_message", "entry[0].messaging[0].recipient.id", "1/2", "entry[0].messaging[0].recipient.id" },
        { "meta", "whatsapp_text", "entry[0].changes[0].value.messages[0].id", "wamid.x?fields=y", "entry[0].changes[0].value.messages[0].id" },
        { "meta", "whatsapp_text", "entry[0].changes[0].value.metadata.phone_number_id", "../1", "entry[0].changes[0].value.metadata.phone_number_id" },
        { "meta", "whatsapp_text", "entry[0].changes[0].value.messages[0].from", "1#2", "entry[0].changes[0].value.messages[0].from" },
        { "x", "tweet_mention", "tweet_create_events[0].id_str", "../lists/123", "tweet_create_events[0].id_str" },
        { "x", "tweet_brand_reply", "tweet_create_events[0].in_reply_to_status_id_str", "1?fields=x", "tweet_create_events[0].in_reply_to_status_id_str" },
        { "x", "tweet_mention", "tweet_create_events[0].user.id_str", "%2e%2e", "tweet_create_events[0].user.id_str" },
        { "x", "direct_message", "direct_message_events[0].message_create.sender_id", "", "direct_message_events[0].message_create.sender_id" },
        { "x", "direct_message", "for_user_id", new string('9', 25), "for_user_id" },
        { "telegram", "private_message", "message.chat.id", "../1", "message.chat.id" },
        { "vk", "message_new", "event_id", "../lists/123", "event_id" },
        { "vk", "wall_reply_new", "object.post_id", "1?fields=x", "post_id" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_id_is_a_400_naming_it_and_nothing_is_enqueued(string source, string file, string path, string id, string field)
    {
        var body = Fixture(source, file);
        Set(body, path, id);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var before = await app.ClassifyCountAsync();

        using var response = await app.PostAsync(source, bytes, Signed(source).Sign(bytes));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(before, await app.ClassifyCountAsync());
    }

    [Fact]
    public async Task The_same_batch_untouched_is_accepted_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixture("meta", "page_batch").ToJsonString());
        var before = await app.ClassifyCountAsync();

        using var response = await app.PostAsync("meta", bytes, Signed("meta").Sign(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 4, await app.ClassifyCountAsync());
    }

    private static SignedSource Signed(string name) => SignedSource.All(Time).Single(s => s.Name == name);

    private static JsonNode Fixture(string source, string name)
    {
        var text = File.ReadAllText(RepoPaths.Fixture(source, name + ".json"));
        return JsonNode.Parse(source == "vk" ? text.Replace("SECRET_PLACEHOLDER", SignedSource.VkSecret, StringComparison.Ordinal) : text)!;
    }

    /// <summary>Sets the value at a path like "entry[2].changes[0].value.comment_id" (which must exist) to a string.</summary>
    private static void Set(JsonNode root, string path, string value)
    {
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var step in steps[..^1]) node = Step(node, step);
        var last = steps[^1];
        if (last.StartsWith('[')) node.AsArray()[Index(last)] = value;
        else
        {
            Assert.True(node.AsObject().ContainsKey(last), $"{path} is not in the fixture");
            node[last] = value;
        }
    }

    private static JsonNode Step(JsonNode node, string step) =>
        (step.StartsWith('[') ? node.AsArray()[Index(step)] : node[step]) ?? throw new InvalidOperationException($"no {step}");

    private static int Index(string step) => int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture);
}
