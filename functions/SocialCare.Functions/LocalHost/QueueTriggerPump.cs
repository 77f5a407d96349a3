using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.DeadLetters;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Messages;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// Drives one serviceBusTrigger function from the Storage queue of the same name: receive with a lock, invoke
/// through the envelope, send outputs, then delete. A failure leaves the message to come back; after
/// MaxDeliveryCount deliveries it moves to &lt;queue&gt;-deadletter with the reason. Nothing is deleted before its
/// outputs are durable, so a crash at any point redelivers rather than loses.
/// </summary>
public sealed partial class QueueTriggerPump(
    FunctionDefinition function,
    StorageQueues queues,
    TriggerDispatcher dispatcher,
    OutputBindingWriter outputs,
    QueueArrivals arrivals,
    FunctionTimeout timeout,
    PumpActivity activity,
    TimeProvider time,
    IOptions<LocalHostOptions> options,
    ILogger<QueueTriggerPump> logger)
{
    private readonly BindingDefinition _trigger = function.Trigger!;
    private readonly LocalHostOptions _options = options.Value;

    /// <param name="stopping">Shutdown began: receive nothing more, then wait for the messages under way.</param>
    /// <param name="abort">The drain bound is spent: cancel what is still running and give its messages back.</param>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var queue = await WaitForQueueAsync(_trigger.QueueName!, stopping);
        var deadLetters = await WaitForQueueAsync(_trigger.QueueName + QueueNames.DeadLetterSuffix, stopping);
        // Disposed only after every handling below has released its slot: each one releases before it completes.
        using var slots = new SemaphoreSlim(_options.MaxConcurrentCalls);
        var running = new System.Collections.Concurrent.ConcurrentDictionary<Task, byte>();
        try
        {
            await ReceiveAsync(queue, deadLetters, slots, running, stopping, abort);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown: nothing more is received; what runs already finishes below, or is cancelled by abort.
        }
        await Task.WhenAll(running.Keys);
    }

    private async Task ReceiveAsync(QueueClient queue, QueueClient deadLetters, SemaphoreSlim slots, System.Collections.Concurrent.ConcurrentDictionary<Task, byte> running, CancellationToken stopping, CancellationToken abort)
    {
        // With a backlog, receive once half the calls are free rather than as each one frees: every receive costs
        // the emulator a sort of the whole queue, so one message a receive makes a deep queue drain slowly.
        var batch = Math.Max(1, _options.MaxConcurrentCalls / 2);
        var backlogged = false;
        while (!stopping.IsCancellationRequested)
        {
            var waitFor = backlogged ? batch : 1;
            for (var i = 0; i < waitFor; i++) await slots.WaitAsync(stopping);
            var free = slots.CurrentCount + waitFor;
            slots.Release(waitFor);
            var wanted = Math.Clamp(free, 1, 32);
            // Taken before the receive: a send from this process after it wakes the wait below at once.
            var arrival = arrivals.NextArrival(_trigger.QueueName!);
            QueueMessage[] received;
            try
            {
                received = (await queue.ReceiveMessagesAsync(wanted, TimeSpan.FromSeconds(_options.LockSeconds), stopping)).Value;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogReceiveFailed(e, _trigger.QueueName!);
                await Task.Delay(TimeSpan.FromSeconds(1), stopping);
                continue;
            }
            for (var i = 0; i < received.Length; i++)
            {
                if (!await TakeSlotAsync(slots, stopping))
                {
                    // Shutdown began before these started: give them back now rather than when their locks expire.
                    foreach (var unstarted in received[i..]) await AbandonAsync(queue, unstarted);
                    return;
                }
                var handling = HandleInSlotAsync(queue, deadLetters, received[i], slots, abort);
                running.TryAdd(handling, 0);
                _ = handling.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
            }
            backlogged = received.Length == wanted;
            if (backlogged) continue;
            // Drained for now: the next local send wakes this at once; polling is for what arrives otherwise (another
            // process's sends, a retried message becoming visible again).
            await Task.WhenAny(arrival, Task.Delay(_options.MaxPollMilliseconds, stopping));
            stopping.ThrowIfCancellationRequested();
        }
    }

    private async Task HandleInSlotAsync(QueueClient queue, QueueClient deadLetters, QueueMessage message, SemaphoreSlim slots, CancellationToken abort)
    {
        activity.Started();
        try
        {
            await HandleAsync(queue, deadLetters, message, abort);
        }
        finally
        {
            slots.Release();
            activity.Finished();
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient deadLetters, QueueMessage message, CancellationToken abort)
    {
        try
        {
            var body = message.Body.ToMemory();
            if (message.DequeueCount > _options.MaxDeliveryCount)
            {
                await DeadLetterAsync(queue, deadLetters, message, "MaxDeliveryCountExceeded", "The message was delivered more often than MaxDeliveryCount without completing.", abort);
                return;
            }
            var envelope = EnvelopeBuilder.ForQueueMessage(function, _trigger, body, message.DequeueCount, MessageIdOf(body.Span, message.MessageId), message.InsertedOn ?? DateTimeOffset.UnixEpoch, time.GetUtcNow());
            // The host's functionTimeout, as in Azure: an invocation past it is cancelled and its message comes back.
            using var invocation = CancellationTokenSource.CreateLinkedTokenSource(abort);
            invocation.CancelAfter(timeout.Length);
            DispatchResult result;
            try
            {
                result = await dispatcher.InvokeAsync(function.Name, envelope, invocation.Token);
            }
            catch (OperationCanceledException) when (invocation.IsCancellationRequested && !abort.IsCancellationRequested)
            {
                LogTimedOut(function.Name, timeout.Length, message.DequeueCount);
                return;
            }
            if (result.Succeeded)
            {
                await outputs.WriteAsync(function, result.Body, abort);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, abort);
                return;
            }
            var reason = Encoding.UTF8.GetString(result.Body);
            if (message.DequeueCount >= _options.MaxDeliveryCount)
            {
                await DeadLetterAsync(queue, deadLetters, message, "MaxDeliveryCountExceeded", reason, abort);
                return;
            }
            // Abandon: visible again after a short delay (Service Bus redelivers at once; a pause is kinder locally).
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.FromMilliseconds(_options.RetryDelayMilliseconds * message.DequeueCount), cancellationToken: abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shut down before it finished: nothing was deleted, so give the message back now rather than after its lock.
            await AbandonAsync(queue, message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Storage failed us mid-way (send, delete or update): nothing was deleted, so the message comes back
            // when its lock expires and counts one more delivery. Logged, never swallowed into a completion.
            LogHandleFailed(e, function.Name, message.DequeueCount);
        }
    }

    private static async Task<bool> TakeSlotAsync(SemaphoreSlim slots, CancellationToken stopping)
    {
        try
        {
            await slots.WaitAsync(stopping);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task AbandonAsync(QueueClient queue, QueueMessage message)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: bound.Token);
            LogAbandoned(_trigger.QueueName!, message.DequeueCount);
        }
        catch (Exception e) when (e is OperationCanceledException or Azure.RequestFailedException)
        {
            // The lock still expires: the message comes back later rather than now.
            LogAbandonFailed(e, _trigger.QueueName!);
        }
    }

    private async Task DeadLetterAsync(QueueClient queue, QueueClient deadLetters, QueueMessage message, string reason, string description, CancellationToken stopping)
    {
        var letter = new StoredDeadLetter(_trigger.QueueName!, reason, Trim(description), message.DequeueCount, time.GetUtcNow(), message.Body.ToString());
        await deadLetters.SendMessageAsync(BinaryData.FromBytes(StorageJson.SerializeToUtf8Bytes(letter, StoredDeadLetterJson.Default.StoredDeadLetter)), cancellationToken: stopping);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stopping);
        Telemetry.PipelineTelemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("queue", _trigger.QueueName));
        LogDeadLettered(_trigger.QueueName!, message.DequeueCount, reason);
    }

    private async Task<QueueClient> WaitForQueueAsync(string name, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await queues.GetAsync(name, stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (attempt == 1) LogQueueUnavailable(e, name);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stopping);
            }
        }
    }

    private static string MessageIdOf(ReadOnlySpan<byte> body, string fallback)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["messageId", "notificationId"])
                {
                    if (document.RootElement.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String) return id.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the queue's own id will do.
        }
        return fallback;
    }

    private static string Trim(string text) => text.Length <= 2000 ? text : text[..2000];

    [LoggerMessage(LogLevel.Warning, "Receiving from queue {Queue} failed")]
    private partial void LogReceiveFailed(Exception exception, string queue);

    [LoggerMessage(LogLevel.Error, "Handling a message for {Function} failed on delivery {DeliveryCount}")]
    private partial void LogHandleFailed(Exception exception, string function, long deliveryCount);

    [LoggerMessage(LogLevel.Warning, "Dead-lettered a message from {Queue} after {DeliveryCount} deliveries: {Reason}")]
    private partial void LogDeadLettered(string queue, long deliveryCount, string reason);

    [LoggerMessage(LogLevel.Error, "{Function} ran past the function timeout {Timeout} on delivery {DeliveryCount} and was cancelled; the message comes back when its lock expires")]
    private partial void LogTimedOut(string function, TimeSpan timeout, long deliveryCount);

    [LoggerMessage(LogLevel.Warning, "Shutting down: a message of {Queue} (delivery {DeliveryCount}) was not finished within Queues:DrainSeconds and is visible again")]
    private partial void LogAbandoned(string queue, long deliveryCount);

    [LoggerMessage(LogLevel.Warning, "Shutting down: could not give a message of {Queue} back; it comes back when its lock expires")]
    private partial void LogAbandonFailed(Exception exception, string queue);

    [LoggerMessage(LogLevel.Warning, "Queue {Queue} is not reachable yet; retrying")]
    private partial void LogQueueUnavailable(Exception exception, string queue);
}
