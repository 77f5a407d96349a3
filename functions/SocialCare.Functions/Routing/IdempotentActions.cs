using System.Text;
using SocialCare.Core.Agents;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Functions.Routing;

/// <summary>
/// The <c>Idempotency-Key</c> header on agent actions that publish. The first request with a key claims its publish
/// before calling the platform and stores its successful answer; a retry with the same key gets that answer as it
/// was (status and body) and publishes nothing; a retry while the first is still publishing gets 409. A request
/// without the header works as before, but a retry of it may publish twice: clients should always send one.
/// </summary>
public sealed class IdempotentActions(IStoredResponses responses)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    /// <param name="run">Runs the action with the key (null without the header) and answers as usual.</param>
    public async Task<IResult> RunAsync(HttpContext http, string action, string conversationId, Func<string?, Task<IResult>> run, CancellationToken cancellationToken)
    {
        if (!http.Request.Headers.TryGetValue(Header, out var values)) return await run(null);
        var key = values.Count == 1 ? values[0] : null;
        if (!IsValid(key)) return InvalidKey();

        var storeKey = AgentActions.ActionKey(action, conversationId, key!);
        if (await responses.GetAsync(storeKey, cancellationToken) is { } stored) return Replay(http, stored);

        IResult result;
        try
        {
            result = await run(key);
        }
        catch (PublishInProgressException)
        {
            return Results.Problem(
                title: "A request with this Idempotency-Key is still being processed.",
                detail: "Nothing was published by this request. Retry with the same Idempotency-Key shortly to get the first request's result.",
                statusCode: StatusCodes.Status409Conflict);
        }
        var rendered = await RenderAsync(http, result);
        // Only a success is kept: a refused or failed action published nothing, so its retry may try again.
        if (rendered.Status is >= 200 and < 300) await responses.SaveAsync(storeKey, rendered, CancellationToken.None);
        return Results.Content(rendered.Body, rendered.ContentType, Encoding.UTF8, rendered.Status);
    }

    /// <summary>1–100 visible ASCII characters from the URL-safe set, which covers UUIDs and ULIDs.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or ':' or '~');

    private static IResult InvalidKey() => Results.ValidationProblem(
        new Dictionary<string, string[]> { [Header] = [$"must be one value of 1 to {MaxKeyLength} characters: letters, digits, '-', '_', '.', ':' or '~' (a UUID will do)."] },
        title: $"The {Header} header is not valid.",
        detail: $"Send a fresh {Header} (for example a UUID) with each new action, and the same one when retrying it.");

    private static IResult Replay(HttpContext http, StoredResponse stored)
    {
        http.Response.Headers[ReplayedHeader] = "true";
        return Results.Content(stored.Body, stored.ContentType, Encoding.UTF8, stored.Status);
    }

    // Runs the result against a buffer, so the answer sent is exactly the answer stored.
    private static async Task<StoredResponse> RenderAsync(HttpContext http, IResult result)
    {
        using var buffer = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = http.RequestServices };
        context.Response.Body = buffer;
        await result.ExecuteAsync(context);
        return new StoredResponse(context.Response.StatusCode, context.Response.ContentType ?? "application/json", Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
