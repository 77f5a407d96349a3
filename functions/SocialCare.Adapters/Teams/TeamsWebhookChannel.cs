using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Teams;

/// <summary>
/// Posts cards to Workflows webhooks. Throttling comes two ways: HTTP 429 with Retry-After, and (connectors, some
/// proxies) a 200 whose text says "Webhook message delivery failed … HTTP error 429"; both back off and retry, as
/// do 5xx. Other refusals fail at once. After the last try the exception propagates so the queue retries.
/// </summary>
public sealed partial class TeamsWebhookChannel(HttpClient http, IOptions<TeamsOptions> options, TeamsWebhookUrlPolicy urls, TimeProvider time, ILogger<TeamsWebhookChannel> logger) : ITeamsChannel
{
    private const string DeliveryFailed = "Webhook message delivery failed";

    public async Task PostAsync(string webhookUrl, Notice notice, CancellationToken cancellationToken)
    {
        // Checked again at send time: a URL stored before the policy (or edited in the table) must not be posted to.
        if (urls.Refusal(webhookUrl) is { } refusal) throw new TeamsWebhookRefusedException($"The Teams webhook URL {refusal}; the card was not sent.");
        var o = options.Value;
        var card = AdaptiveCardMessage.Serialize(notice);
        var retry = new DeliveryRetry(time, o.MaxAttempts, TimeSpan.FromMilliseconds(o.BaseDelayMilliseconds), TimeSpan.FromSeconds(o.MaxDelaySeconds));
        var attempt = 0;
        await retry.RunAsync(
            async ct =>
            {
                attempt++;
                try
                {
                    await PostOnceAsync(webhookUrl, card, ct);
                }
                catch (TeamsDeliveryException e)
                {
                    LogRefused((int)e.Status, attempt, e.Transient);
                    throw;
                }
            },
            e => e is TeamsDeliveryException { Transient: true } or HttpRequestException or TaskCanceledException,
            e => (e as TeamsDeliveryException)?.RetryAfter,
            cancellationToken);
    }

    private async Task PostOnceAsync(string webhookUrl, byte[] card, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(card);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(new Uri(webhookUrl), content, cancellationToken);
        var status = response.StatusCode;
        if (status == HttpStatusCode.TooManyRequests)
        {
            throw new TeamsDeliveryException("Teams throttled the webhook (429).", status, transient: true, RetryAfterOf(response));
        }
        if (!response.IsSuccessStatusCode)
        {
            var transient = (int)status >= 500 || status == HttpStatusCode.RequestTimeout;
            throw new TeamsDeliveryException($"Teams refused the card: {(int)status}.", status, transient, RetryAfterOf(response));
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (text.Contains(DeliveryFailed, StringComparison.OrdinalIgnoreCase))
        {
            var throttled = text.Contains("429", StringComparison.Ordinal);
            throw new TeamsDeliveryException($"Teams answered {(int)status} but reported a failed delivery{(throttled ? " (throttled)" : "")}.", throttled ? HttpStatusCode.TooManyRequests : status, throttled);
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    [LoggerMessage(LogLevel.Warning, "Teams refused a card with {Status} on attempt {Attempt} (transient: {Transient})")]
    private partial void LogRefused(int status, int attempt, bool transient);
}
