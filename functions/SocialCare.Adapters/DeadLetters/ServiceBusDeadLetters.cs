using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.DeadLetters;

/// <summary>
/// Dead letters in Azure: the Service Bus sub-queue &lt;queue&gt;/$deadletterqueue over the REST runtime API with an
/// Entra token. REST has no peek, so listing locks up to N letters (peek-lock), reads their DeadLetterReason and
/// DeadLetterErrorDescription properties and unlocks them again. Replay locks each letter, sends its body to the
/// queue under a new MessageId (the original would be dropped by duplicate detection; consumers dedupe by the ids
/// in the body) and then deletes the letter.
/// </summary>
public sealed class ServiceBusDeadLetters(HttpClient http, TokenCredential credential, IOptions<ServiceBusOptions> options) : IDeadLetters
{
    private static readonly string[] Scopes = ["https://servicebus.azure.net/.default"];

    public async Task<DeadLetterQueue> ListAsync(string queue, int max, CancellationToken cancellationToken)
    {
        var locked = new List<LockedLetter>();
        try
        {
            while (locked.Count < max && await LockHeadAsync(queue, cancellationToken) is { } letter) locked.Add(letter);
            return new DeadLetterQueue(queue, locked.Count, [.. locked.Select(l => l.Item)]);
        }
        finally
        {
            foreach (var letter in locked)
            {
                using var unlocked = await SendAsync(HttpMethod.Put, letter.Location, null, CancellationToken.None);
            }
        }
    }

    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        var replayed = 0;
        while (await LockHeadAsync(queue, cancellationToken) is { } letter)
        {
            using var resend = await SendAsync(HttpMethod.Post, new Uri(BaseUri, $"{Uri.EscapeDataString(queue)}/messages"), letter.Body, cancellationToken,
                ("BrokerProperties", JsonSerializer.Serialize(new Dictionary<string, string> { ["MessageId"] = $"{letter.Item.MessageId}:replay:{letter.LockToken}" })));
            Ensure(resend, $"resend to {queue}");
            using var complete = await SendAsync(HttpMethod.Delete, letter.Location, null, cancellationToken);
            Ensure(complete, "complete the dead letter");
            replayed++;
        }
        return replayed;
    }

    private Uri BaseUri => options.Value.Endpoint ?? new Uri($"https://{options.Value.Namespace}/");

    private async Task<LockedLetter?> LockHeadAsync(string queue, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, new Uri(BaseUri, $"{Uri.EscapeDataString(queue)}/$deadletterqueue/messages/head?timeout=1"), null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        Ensure(response, $"lock a dead letter of {queue}");
        var location = response.Headers.Location ?? throw new InvalidOperationException("Service Bus returned a locked message without its Location.");
        var broker = response.Headers.TryGetValues("BrokerProperties", out var values)
            ? JsonSerializer.Deserialize<JsonElement>(values.First())
            : default;
        string? Text(string name) => broker.ValueKind == JsonValueKind.Object && broker.TryGetProperty(name, out var v) ? v.ToString() : null;
        var item = new DeadLetterItem(
            Text("MessageId"),
            Property(response, "DeadLetterReason") ?? "unknown",
            Property(response, "DeadLetterErrorDescription") ?? "",
            long.TryParse(Text("DeliveryCount"), out var count) ? count : 0,
            DateTimeOffset.TryParse(Text("EnqueuedTimeUtc"), System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : null);
        return new LockedLetter(location, Text("LockToken") ?? "", await response.Content.ReadAsByteArrayAsync(cancellationToken), item);
    }

    /// <summary>Custom message properties come back as headers, string values JSON-quoted.</summary>
    private static string? Property(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First().Trim('"') : null;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, byte[]? body, CancellationToken cancellationToken, params (string Name, string Value)[] headers)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken);
        using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(body ?? []) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request, cancellationToken);
    }

    private static void Ensure(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Service Bus refused to {what}: {(int)response.StatusCode}.", null, response.StatusCode);
    }

    private sealed record LockedLetter(Uri Location, string LockToken, byte[] Body, DeadLetterItem Item);
}
