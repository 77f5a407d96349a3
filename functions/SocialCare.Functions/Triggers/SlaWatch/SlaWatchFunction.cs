using SocialCare.Core.Messages;
using SocialCare.Core.Sla;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.SlaWatch;

/// <summary>
/// Every minute: <see cref="SlaWatchRunner"/> records each SLA clock that ran out and sweeps the assignment notices
/// still owed; each breach and each notice goes to Notify.
/// </summary>
[HandlesFunction("SlaWatch")]
public sealed class SlaWatchFunction(SlaWatchRunner runner) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(cancellationToken);
        foreach (var raised in run.Breaches) Telemetry.PipelineTelemetry.SlaBreaches.Add(1, new KeyValuePair<string, object?>("kind", raised.Breach.Kind));
        var notices = run.Breaches.Select(b => b.Notice).Concat(run.AssignmentNotices).ToList();
        var result = TriggerResult.Empty().Log($"raised {run.Breaches.Count} SLA breaches, sent {run.AssignmentNotices.Count} assignment notices");
        return notices.Count == 0 ? result : result.OutputMany("next", notices, CoreJson.Default.NotifyMessage);
    }
}
