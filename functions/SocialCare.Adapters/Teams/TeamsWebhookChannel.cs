using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Teams;

/// <summary>
/// Posts cards to Workflows webhooks. The HttpClient's resilience handler (<see cref="TeamsResilience"/>) retries
/// throttling and 5xx; what comes back from it is final: a refusal throws, so the queue retries the notification.
/// </summary>
public sealed partial class TeamsWebhookChannel(HttpClient http, TeamsWebhookUrlPolicy urls, ILogger<TeamsWebhookChannel> logger) : ITeamsChannel
{
    public async Task PostAsync(string webhookUrl, Notice notice, CancellationToken cancellationToken)
    {
        // Checked again at send time: a URL stored before the policy (or edited in the table) must not be posted to.
        if (urls.Refusal(webhookUrl) is { } refusal) throw new TeamsWebhookRefusedException($"The Teams webhook URL {refusal}; the card was not sent.");
        using var content = new ByteArrayContent(AdaptiveCardMessage.Serialize(notice));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(new Uri(webhookUrl), content, cancellationToken);
        var status = response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var transient = TeamsResilience.IsTransient(status);
            LogRefused((int)status, transient);
            throw new TeamsDeliveryException($"Teams refused the card: {(int)status}.", status, transient);
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (TeamsResilience.ReportsFailedDelivery(text))
        {
            var throttled = TeamsResilience.ReportsThrottling(text);
            LogRefused((int)status, throttled);
            throw new TeamsDeliveryException($"Teams answered {(int)status} but reported a failed delivery{(throttled ? " (throttled)" : "")}.", throttled ? HttpStatusCode.TooManyRequests : status, throttled);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Teams refused a card with {Status} after its retries (transient: {Transient})")]
    private partial void LogRefused(int status, bool transient);
}
