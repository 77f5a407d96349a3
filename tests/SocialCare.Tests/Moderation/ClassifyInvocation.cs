using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Moderation;

/// <summary>Drives the Classify (and Route) functions as the Functions host does: POST /{FunctionName} with an envelope (and, in the local host, the function key).</summary>
internal static class ClassifyInvocation
{
    private static int _sequence;

    public static InboundEvent Event(string text, string channelId = "facebook:page1", EventKind kind = EventKind.Comment, string authorId = "u1", DateTimeOffset? at = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        var platform = channelId[..channelId.IndexOf(':', StringComparison.Ordinal)];
        var key = kind == EventKind.DirectMessage ? $"dm:{authorId}" : "post:p1";
        return new InboundEvent($"{platform}:ev{n}", platform, channelId, kind, key, new Author(authorId, "Author " + authorId), text, null,
            at ?? new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), $"raw{n}");
    }

    /// <summary>The response's Outputs object; fails the test unless the host would count the invocation as a success.</summary>
    public static async Task<JsonObject> ClassifyAsync(TestApp app, InboundEvent e, int deliveryCount = 1)
    {
        var response = await InvokeAsync(app, "Classify", JsonSerializer.SerializeToUtf8Bytes(ClassifyMessage.For(e), CoreJson.Default.ClassifyMessage), deliveryCount);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await OutputsAsync(response);
    }

    public static async Task<HttpResponseMessage> InvokeAsync(TestApp app, string function, byte[] message, int deliveryCount = 1)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(message) },
            ["Metadata"] = new JsonObject { ["DeliveryCount"] = deliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return await app.Client.PostAsync($"/{function}", new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>Hands Classify's "next" output to Route, as the route queue would.</summary>
    public static async Task RouteAsync(TestApp app, JsonObject classifyOutputs)
    {
        var response = await InvokeAsync(app, "Route", Encoding.UTF8.GetBytes(classifyOutputs["next"]!.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonObject> OutputsAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["Outputs"]!.AsObject();

    public static JsonNode? Moderation(JsonObject outputs) => outputs["next"]!["classification"]!["moderation"];

    public static IReadOnlyList<string> Notifications(JsonObject outputs) =>
        outputs["notify"] is JsonArray notify ? [.. notify.Select(n => n!["notificationId"]!.GetValue<string>())] : [];
}
