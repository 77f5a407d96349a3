using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Messages;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.CrisisWatch;

/// <summary>Every minute: closes crisis episodes that stayed below their threshold for the quiet period, even when no event arrives.</summary>
[HandlesFunction("CrisisWatch")]
public sealed class CrisisWatchFunction(CrisisDetector crisis) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var closed = await crisis.CloseQuietAsync(cancellationToken);
        var result = TriggerResult.Empty();
        if (closed.Count > 0) result.OutputMany("notify", closed, CoreJson.Default.NotifyMessage).Log($"crisis: {string.Join(", ", closed.Select(a => a.NotificationId))}");
        return result;
    }
}
