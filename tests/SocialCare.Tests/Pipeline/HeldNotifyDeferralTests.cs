using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// Issue 13, crash drill: a Notify delivery that finds a send claimed by a delivery that died mid-send must neither
/// fail (ten quick failures dead-letter it while the claim's lease still runs) nor send. It answers 200, and a copy
/// of its message waits in the notify queue, invisible until the lease has ended; the copy then sends it once.
/// Queue pumps off, so the test plays the host (POST /Notify with the function key); Azurite's visibility runs on
/// the real clock, so the crashed holder's lease is a short one.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class HeldNotifyDeferralTests : IAsyncLifetime
{
    private static readonly TimeSpan CrashedLease = TimeSpan.FromSeconds(2);
    private StepApp _sut = null!;

    public async Task InitializeAsync() => _sut = await StepApp.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task A_notify_whose_email_a_crashed_delivery_holds_answers_200_and_its_copy_sends_the_email_once_after_the_lease()
    {
        var notify = (await _sut.RouteAsync(await _sut.ClassifyAsync(_sut.Event("Pralka miała być w dwa dni, nie ma jej do dziś!"))))!;
        var log = _sut.App.Services.GetRequiredService<INotificationLog>();
        var crashed = await log.TryClaimAsync(notify.NotificationId, NoticeTarget.Email("ola@test.local").Key, _sut.Time.GetUtcNow(), CrashedLease, CancellationToken.None);
        var body = JsonSerializer.SerializeToUtf8Bytes(notify, CoreJson.Default.NotifyMessage);
        var queue = _sut.App.Queue(QueueNames.Notify);

        var (status, answer) = await PostNotifyAsync(body, deliveryCount: 3);

        Assert.Equal(ClaimResult.Claimed, crashed.Result);
        Assert.Equal((HttpStatusCode.OK, "{}"), (status, answer));
        Assert.Empty(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards); // the card was not held: sent on this delivery, not again by the copy
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Contains(_sut.App.Logs.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains($"{notify.NotificationId}:after:", StringComparison.Ordinal));

        _sut.Time.Advance(CrashedLease + TimeSpan.FromSeconds(1));
        var copy = await ReceiveWhenVisibleAsync(queue);
        Assert.Equal(body, copy);
        Assert.Equal(HttpStatusCode.OK, (await PostNotifyAsync(copy, deliveryCount: 1)).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostNotifyAsync(body, deliveryCount: 4)).Status);

        var mail = Assert.Single(_sut.App.Smtp.Messages);
        Assert.Equal("ola@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Single(_sut.Teams.Cards);
    }

    // As the Functions host calls a custom handler: the function key, a base64 binding, JSON-encoded metadata scalars.
    private async Task<(HttpStatusCode Status, string Body)> PostNotifyAsync(byte[] message, int deliveryCount)
    {
        var notificationId = JsonNode.Parse(message)!["notificationId"]!.GetValue<string>();
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(message) },
            ["Metadata"] = new JsonObject
            {
                ["DeliveryCount"] = deliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["MessageId"] = JsonSerializer.Serialize(notificationId),
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Notify") { Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("x-functions-key", Infrastructure.TestApp.FunctionKey);
        var response = await _sut.App.Anonymous.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // Azurite shows the copy once its visibility timeout has passed on the real clock: the lease plus the margin.
    private static async Task<byte[]> ReceiveWhenVisibleAsync(QueueClient queue)
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (waiting.Elapsed < TimeSpan.FromSeconds(30))
        {
            var received = (await queue.ReceiveMessagesAsync(1)).Value;
            if (received.Length == 1)
            {
                await queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
                return received[0].Body.ToArray();
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The deferred copy never became visible.");
    }
}
