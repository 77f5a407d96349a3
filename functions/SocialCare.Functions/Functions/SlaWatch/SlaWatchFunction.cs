using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Core.Sla;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Functions.SlaWatch;

/// <summary>
/// Every minute: each open conversation whose first-response, next-response or resolution clock ran out gets the
/// breach recorded on it (with its version, so two runs never both claim it) and one SlaBreach notification.
/// </summary>
[HandlesFunction("SlaWatch")]
public sealed class SlaWatchFunction(IConversationStore store, ConversationRouter router, TimeProvider time) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updater = new ConversationUpdater(store);
        var raised = new List<NotifyMessage>();
        var query = new ConversationQuery(Status: "open", Limit: 200);
        string? token = null;
        do
        {
            var page = await store.ListAsync(query with { ContinuationToken = token }, cancellationToken);
            foreach (var candidate in page.Items.Where(c => SlaBreach.Pending(c, now).Count > 0))
            {
                IReadOnlyList<SlaBreach> claimed = [];
                await updater.UpdateAsync(candidate.Id, c =>
                {
                    claimed = SlaBreach.Pending(c, now);
                    return Task.FromResult(claimed.Count == 0 ? null : new ConversationUpdater.Change(c with { SlaBreaches = [.. c.SlaBreaches ?? [], .. claimed.Select(b => b.Key)] }));
                }, cancellationToken);
                raised.AddRange(claimed.Select(b => RoutingNotifications.SlaBreach(candidate.Id, b.Kind, b.Key)));
                foreach (var breach in claimed) Telemetry.PipelineTelemetry.SlaBreaches.Add(1, new KeyValuePair<string, object?>("kind", breach.Kind));
                // A customer kept waiting past an SLA is raised in priority.
                if (claimed.Count > 0) await router.SettleAsync(candidate.Id, cancellationToken);
            }
            token = page.ContinuationToken;
        }
        while (token is not null);
        var result = TriggerResult.Empty().Log($"raised {raised.Count} SLA breaches");
        return raised.Count == 0 ? result : result.OutputMany("next", raised, CoreJson.Default.NotifyMessage);
    }
}
