using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>
/// Sends through the Service Bus REST API with an Entra token. The MessageId broker property carries our event id,
/// so the queue's duplicate detection drops platform retries.
/// </summary>
public sealed class ServiceBusRestSender(HttpClient http, TokenCredential credential, IOptions<ServiceBusOptions> options) : IQueueSender
{
    private static readonly string[] Scopes = ["https://servicebus.azure.net/.default"];

    public async Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var baseUri = o.Endpoint ?? new Uri($"https://{o.Namespace}/");
        var token = await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, $"{Uri.EscapeDataString(queue)}/messages"))
        {
            Content = new ReadOnlyMemoryContent(message.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        request.Headers.TryAddWithoutValidation("BrokerProperties", JsonSerializer.Serialize(new Dictionary<string, string> { ["MessageId"] = message.MessageId }));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Service Bus refused message {message.MessageId} for queue {queue}: {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}
