using SocialCare.Adapters.Intent;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Retrain;

/// <summary>
/// Nightly at 02:30 UTC (and on <c>POST /admin/functions/Retrain</c>): a new intent model from the corpus and the
/// agents' corrections, promoted only if it is not worse than the active one (<see cref="IntentRetrainer"/>).
/// </summary>
[HandlesFunction("Retrain")]
public sealed class RetrainFunction(IntentRetrainer retrainer) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var outcome = await retrainer.RunAsync(cancellationToken);
        return TriggerResult.Empty().Log(
            $"intent model {outcome.Model.Version}: {outcome.Accuracy:0.000} on {outcome.MeasuredCount} {outcome.MeasuredOn} examples against {outcome.PreviousAccuracy:0.000}; {(outcome.Promoted ? "promoted" : "kept, not promoted")}");
    }
}
