using Cronos;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>Fires a timerTrigger function on its 6-field NCRONTAB schedule (UTC, as in Azure without WEBSITE_TIME_ZONE).</summary>
public sealed partial class TimerTriggerClock(FunctionDefinition function, TriggerDispatcher dispatcher, TimeProvider time, ILogger<TimerTriggerClock> logger)
{
    private readonly BindingDefinition _trigger = function.Trigger!;

    public static CronExpression Parse(string schedule) => CronExpression.Parse(schedule, CronFormat.IncludeSeconds);

    /// <param name="stopping">Shutdown began: fire no more.</param>
    /// <param name="abort">The drain bound is spent: cancel the invocation under way.</param>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var cron = Parse(_trigger.Schedule!);
        DateTimeOffset? last = null;
        while (!stopping.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, TimeZoneInfo.Utc);
            if (next is null) return;
            await Task.Delay(next.Value - now, time, stopping);
            var fired = time.GetUtcNow();
            var following = cron.GetNextOccurrence(fired, TimeZoneInfo.Utc) ?? fired;
            var envelope = EnvelopeBuilder.ForTimer(function, _trigger, last, following, fired, isPastDue: fired - next.Value > TimeSpan.FromSeconds(30));
            var result = await dispatcher.InvokeAsync(function.Name, envelope, abort);
            if (!result.Succeeded) LogTimerFailed(function.Name, result.StatusCode);
            last = fired;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Timer function {Function} failed with {Status}; it runs again at its next occurrence")]
    private partial void LogTimerFailed(string function, int status);
}
