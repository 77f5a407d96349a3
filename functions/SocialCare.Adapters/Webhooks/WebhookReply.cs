using System.Text.Json.Nodes;

namespace SocialCare.Adapters.Webhooks;

/// <summary>What to answer the platform: status, content type and body text.</summary>
public sealed record WebhookReply(int StatusCode, string ContentType, string Body)
{
    public static WebhookReply Text(string body, int status = 200) => new(status, "text/plain; charset=utf-8", body);
    public static WebhookReply Json(string body, int status = 200) => new(status, "application/json", body);

    /// <summary>RFC 9457 problem details naming the offending field; <paramref name="detail"/> must not echo secrets.</summary>
    public static WebhookReply Problem(string title, string detail, string field, int status = 400) =>
        new(status, "application/problem+json", new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["errors"] = new JsonObject { [field] = new JsonArray(detail) },
        }.ToJsonString());
}
