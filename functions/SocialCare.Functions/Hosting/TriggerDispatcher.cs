using System.Diagnostics;
using System.Text.Json;
using SocialCare.Core.Claims;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Telemetry;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// Runs a trigger function from the bytes of a {Data, Metadata} envelope and answers the bytes of
/// {Outputs, Logs, ReturnValue}. The Functions host (through POST /{name}) and the local host both come through here.
/// A queue-triggered function whose work another delivery holds (<see cref="ClaimHeldException"/>) is deferred, not
/// failed: failing would be redelivered at once and dead-lettered long before the holder's lease ends.
/// </summary>
public sealed partial class TriggerDispatcher(
    IServiceProvider services,
    FunctionCatalog catalog,
    IQueueSender queues,
    TimeProvider time,
    ILogger<TriggerDispatcher> logger)
{
    /// <summary>Past the holder's lease end, for clock skew between this instance and the one that set it.</summary>
    public static readonly TimeSpan DeferMargin = TimeSpan.FromSeconds(5);

    public static IReadOnlyDictionary<string, Type> TriggerTypes { get; } = FunctionTypes.Discover<ITriggerFunction>();

    public bool Knows(string name) => TriggerTypes.ContainsKey(name);

    public async Task<DispatchResult> InvokeAsync(string name, ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        if (!TriggerTypes.TryGetValue(name, out var type)) return new DispatchResult(404, Error($"No trigger function named '{name}'."));

        TriggerInvocation invocation;
        try
        {
            using var document = JsonDocument.Parse(envelope);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new EnvelopeException("The envelope is not a JSON object.");
            invocation = new TriggerInvocation(
                name,
                root.TryGetProperty("Data", out var data) ? data.Clone() : default,
                root.TryGetProperty("Metadata", out var metadata) ? metadata.Clone() : default,
                catalog.Find(name));
        }
        catch (Exception e) when (e is JsonException or EnvelopeException)
        {
            LogMalformed(name);
            return new DispatchResult(400, Error("The invocation envelope is not valid JSON {Data, Metadata}."));
        }

        using var activity = PipelineTelemetry.Source.StartActivity(name, ActivityKind.Consumer, ParentOf(invocation));
        try
        {
            await using var scope = services.CreateAsyncScope();
            var function = (ITriggerFunction)scope.ServiceProvider.GetRequiredService(type);
            var result = await function.RunAsync(invocation, cancellationToken);
            TraceContext.Stamp(result.Outputs);
            PipelineTelemetry.Count(name, succeeded: true);
            return new DispatchResult(200, result.ToJson());
        }
        catch (EnvelopeException e)
        {
            // A binding that is not the message the function reads: still a failed invocation (redelivered, then
            // dead-lettered), but the input's fault, so 400 rather than 500.
            LogBadBinding(name, invocation.DeliveryCount, e.Message);
            return new DispatchResult(400, Error($"{name} failed: unreadable input: {e.Message}"));
        }
        catch (Exception e) when (ClaimHeldException.Find(e) is { } held && QueueTriggerOf(name) is { } trigger)
        {
            return await DeferAsync(invocation, trigger, held, activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A non-2xx answer fails the invocation: the queue redelivers and finally dead-letters.
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            PipelineTelemetry.Count(name, succeeded: false);
            LogFailed(e, name, invocation.DeliveryCount);
            return new DispatchResult(500, Error($"{name} failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private BindingDefinition? QueueTriggerOf(string name) =>
        catalog.Find(name)?.Trigger is { QueueName.Length: > 0 } trigger && trigger.Type == BindingTypes.ServiceBusTrigger ? trigger : null;

    /// <summary>
    /// Sends a copy of the message, invisible until the holder's lease has ended, and completes this delivery with no
    /// outputs: the function did not finish, the copy redoes it. The copy's id is new (duplicate detection would drop
    /// the original one) but the same for every delivery deferred to the same lease end, so those collapse into one.
    /// </summary>
    private async Task<DispatchResult> DeferAsync(TriggerInvocation invocation, BindingDefinition trigger, ClaimHeldException held, Activity? activity, CancellationToken cancellationToken)
    {
        var notBefore = held.HeldUntil.ToUniversalTime() + DeferMargin;
        var original = invocation.MetadataScalar("MessageId") is { Length: > 0 } id ? id : invocation.FunctionName;
        var messageId = QueueMessageId.Bounded($"{original}:after:{held.HeldUntil.UtcTicks}");
        try
        {
            await queues.SendAsync(trigger.QueueName!, new OutgoingMessage(messageId, invocation.Read(trigger.Name), notBefore), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not deferred: fail as before, so the queue redelivers this one.
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            PipelineTelemetry.Count(invocation.FunctionName, succeeded: false);
            LogDeferFailed(e, invocation.FunctionName, invocation.DeliveryCount);
            return new DispatchResult(500, Error($"{invocation.FunctionName} failed: its work is held and deferring it failed: {e.GetType().Name}: {e.Message}"));
        }
        LogDeferred(invocation.FunctionName, original, messageId, notBefore, time.GetUtcNow());
        return new DispatchResult(200, "{}"u8.ToArray());
    }

    // Tracing must never fail an invocation: unreadable input is the function's to report, with a 4xx.
    private static ActivityContext ParentOf(TriggerInvocation invocation)
    {
        if (invocation.Data.ValueKind != JsonValueKind.Object) return default;
        try
        {
            foreach (var binding in invocation.Data.EnumerateObject()) return TraceContext.ParentOf(invocation.Read(binding.Name));
        }
        catch (Exception e) when (e is EnvelopeException or InvalidOperationException or FormatException or ArgumentException)
        {
            return default;
        }
        return default;
    }

    private static byte[] Error(string message) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["error"] = message });

    [LoggerMessage(LogLevel.Warning, "Invocation of {Function} has a malformed envelope")]
    private partial void LogMalformed(string function);

    [LoggerMessage(LogLevel.Warning, "Invocation of {Function} on delivery {DeliveryCount} has an unreadable binding: {Reason}")]
    private partial void LogBadBinding(string function, int deliveryCount, string reason);

    [LoggerMessage(LogLevel.Information, "Invocation of {Function} for message {MessageId} found its work held by another delivery: deferred as {DeferredMessageId} until {NotBefore:O} (now {Now:O})")]
    private partial void LogDeferred(string function, string messageId, string deferredMessageId, DateTimeOffset notBefore, DateTimeOffset now);

    [LoggerMessage(LogLevel.Error, "Invocation of {Function} on delivery {DeliveryCount} found its work held, and deferring its message failed")]
    private partial void LogDeferFailed(Exception exception, string function, int deliveryCount);

    [LoggerMessage(LogLevel.Error, "Invocation of {Function} failed on delivery {DeliveryCount}")]
    private partial void LogFailed(Exception exception, string function, int deliveryCount);
}

public sealed record DispatchResult(int StatusCode, byte[] Body)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
