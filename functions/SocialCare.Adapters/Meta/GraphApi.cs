using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Meta;

/// <summary>One Graph API call with a bearer token and a JSON body; Graph errors come back in the result's Error.</summary>
internal sealed class GraphApi(PlatformHttp http)
{
    /// <param name="path">Built by <see cref="ApiPath.Of"/>; null refuses the call.</param>
    public async Task<PublishResult> CallAsync(HttpMethod method, string? path, JsonObject? body, string token, CancellationToken cancellationToken)
    {
        if (path is null) return PublishResult.Refused(ApiPath.Unusable);
        var json = body?.ToJsonString();
        var response = await http.SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }, cancellationToken);
        return response.IsSuccess
            ? PublishResult.Published(IdOf(response.Body), response.Status)
            : PublishResult.Failed(ErrorOf(response), response.Status, response.RetryAfter);
    }

    private static string? IdOf(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } b) return null;
        if (b.Str("id") is { } id) return id;
        if (b.Str("message_id") is { } mid) return mid;
        return b.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
            ? messages[0].Str("id")
            : null;
    }

    private static string ErrorOf(PlatformResponse response)
    {
        if (response.Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            return $"{error.Str("message") ?? "Graph API error"} (type {error.Str("type") ?? "?"}, code {error.Str("code") ?? "?"})";
        return $"Graph API answered {response.Status}: {Shorten(response.RawBody)}";
    }

    internal static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
