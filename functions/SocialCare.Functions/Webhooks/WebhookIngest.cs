using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Queues;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Webhooks;

/// <summary>
/// The one path every webhook takes: raw body under the size limit, handshake or signature check before anything
/// is trusted, parse, one durable queue message per event, and only then 200. A failed send answers 503 so the
/// platform retries; ids derived from the platform's own event ids make the retry harmless.
/// </summary>
public sealed partial class WebhookIngest(IQueueSender queue, IOptions<WebhookOptions> options, ILogger<WebhookIngest> logger)
{
    /// <summary>The smaller of the two transports' limits (Storage queue 64 KiB after base64; Service Bus 256 KiB).</summary>
    public const int MaxMessageBytes = StorageQueueSender.MaxMessageBytes;

    public async Task<IResult> HandleAsync(IWebhookSource source, HttpRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // The trace every event of this request continues, whether or not ASP.NET Core's own activity is listened to.
        using var activity = Telemetry.PipelineTelemetry.Source.StartActivity($"Webhook {source.Name}", ActivityKind.Server);
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit) return TooLarge(source, limit);
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null) return TooLarge(source, limit);

        var webhook = new WebhookRequest(body.Value, name => request.Headers[name].FirstOrDefault(), name => request.Query[name].FirstOrDefault());
        if (HttpMethods.IsGet(request.Method))
        {
            var reply = source.Handshake(webhook);
            if (reply is null) return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
            if (reply.StatusCode != 200) LogHandshakeRefused(source.Name, reply.StatusCode);
            return Reply(reply);
        }

        var verdict = source.Verify(webhook);
        if (!verdict.IsValid)
        {
            LogRejected(source.Name, verdict.StatusCode, verdict.Reason ?? "");
            return Problems.Status(verdict.StatusCode, verdict.Reason ?? "The request was refused.");
        }

        WebhookParseResult parsed;
        try
        {
            parsed = source.Parse(webhook);
        }
        catch (Exception e) when (e is WebhookFormatException or JsonException or FormatException or InvalidOperationException)
        {
            // The whole delivery is refused, naming the item, so nothing of it is half-accepted.
            var field = (e as WebhookFormatException)?.Field ?? "body";
            LogMalformed(source.Name, e.GetType().Name, field);
            var detail = e is WebhookFormatException ? e.Message : "The body is not valid JSON of the documented shape.";
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [detail] }, detail, title: $"The {source.Name} webhook body is not what the platform documents.");
        }
        if (parsed.ImmediateReply is not null) return Reply(parsed.ImmediateReply);
        if (parsed.Skipped > 0) LogSkipped(source.Name, parsed.Skipped);

        var messages = Messages(source, parsed.Events);
        var skipped = parsed.Skipped + parsed.Events.Count - messages.Count;
        try
        {
            await queue.SendBatchAsync(QueueNames.Classify, messages, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogEnqueueFailed(e, source.Name, messages.Count);
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "The queue is unreachable; nothing was lost, please retry.");
        }
        var tag = new KeyValuePair<string, object?>("source", source.Name);
        Telemetry.PipelineTelemetry.Accepted.Add(messages.Count, tag);
        Telemetry.PipelineTelemetry.WebhookLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        LogAccepted(source.Name, messages.Count);
        return parsed.Reply is not null
            ? Reply(parsed.Reply)
            : Results.Json(skipped > 0 ? new { accepted = messages.Count, skipped } : (object)new { accepted = messages.Count });
    }

    /// <summary>
    /// One classify message per event. An event too large for a queue message (a hostile author name or URL, say)
    /// is skipped and logged: it can never be enqueued, so answering 503 would make the platform retry it forever.
    /// </summary>
    private List<OutgoingMessage> Messages(IWebhookSource source, IReadOnlyList<Core.Events.InboundEvent> events)
    {
        var traceParent = Activity.Current?.Id;
        var messages = new List<OutgoingMessage>(events.Count);
        foreach (var e in events)
        {
            var body = StorageJson.SerializeToUtf8Bytes(ClassifyMessage.For(e, traceParent), CoreJson.Default.ClassifyMessage);
            if (body.Length > MaxMessageBytes)
            {
                LogOversized(source.Name, body.Length, MaxMessageBytes);
                continue;
            }
            messages.Add(new OutgoingMessage(e.EventId, body));
        }
        return messages;
    }

    private IResult TooLarge(IWebhookSource source, long limit)
    {
        LogTooLarge(source.Name, limit);
        return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
    }

    private static IResult Reply(WebhookReply reply) => Results.Content(reply.Body, reply.ContentType, statusCode: reply.StatusCode);

    [LoggerMessage(LogLevel.Warning, "Webhook {Source}: rejected with {Status}: {Reason}")]
    private partial void LogRejected(string source, int status, string reason);

    [LoggerMessage(LogLevel.Warning, "Webhook {Source}: handshake refused with {Status}")]
    private partial void LogHandshakeRefused(string source, int status);

    [LoggerMessage(LogLevel.Warning, "Webhook {Source}: malformed body ({Error} at {Field})")]
    private partial void LogMalformed(string source, string error, string field);

    [LoggerMessage(LogLevel.Warning, "Webhook {Source}: body over {Limit} bytes")]
    private partial void LogTooLarge(string source, long limit);

    [LoggerMessage(LogLevel.Debug, "Webhook {Source}: skipped {Count} entries of types we do not handle")]
    private partial void LogSkipped(string source, int count);

    [LoggerMessage(LogLevel.Warning, "Webhook {Source}: skipped an event of {Bytes} bytes, over the {Limit}-byte queue message limit")]
    private partial void LogOversized(string source, int bytes, int limit);

    [LoggerMessage(LogLevel.Error, "Webhook {Source}: enqueue of {Count} events failed")]
    private partial void LogEnqueueFailed(Exception exception, string source, int count);

    [LoggerMessage(LogLevel.Debug, "Webhook {Source}: accepted {Count} events")]
    private partial void LogAccepted(string source, int count);
}
