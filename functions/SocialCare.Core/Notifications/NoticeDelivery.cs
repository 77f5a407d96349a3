using SocialCare.Core.Claims;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>
/// Sends a planned notice to each target once (claimed per notification id and target). Every target is tried;
/// when any failed, the failure propagates after the others were sent, so the retry sends only what is missing. When
/// the only failures are targets another delivery holds, one <see cref="ClaimHeldException"/> says until when, so the
/// message waits for the latest lease instead of failing towards the dead-letter queue.
/// Retries within one delivery are the channels' own (their resilience pipelines), each bounded by a total timeout.
/// </summary>
public sealed class NoticeDelivery(NotificationClaims claims, IEmailSender email, ITeamsChannel teams)
{
    public async Task<DeliveryOutcome> DeliverAsync(PlannedNotice planned, CancellationToken cancellationToken)
    {
        var sent = 0;
        var skipped = 0;
        var failures = new List<Exception>();
        foreach (var target in planned.Targets)
        {
            try
            {
                var fresh = await claims.SendOnceAsync(planned.NotificationId, target.Key, ct => SendAsync(planned, target, ct), cancellationToken);
                if (fresh) sent++;
                else skipped++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add(e);
            }
        }
        if (failures.Count > 0 && failures.All(f => f is ClaimHeldException))
        {
            var latest = failures.Cast<ClaimHeldException>().MaxBy(h => h.HeldUntil)!;
            throw new ClaimHeldException(planned.NotificationId, latest.HeldUntil, $"{failures.Count} of {planned.Targets.Count} deliveries of {planned.NotificationId} are held by another delivery until {latest.HeldUntil:O}.");
        }
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {planned.Targets.Count} deliveries of {planned.NotificationId} failed.", failures);
        }
        return new DeliveryOutcome(sent, skipped);
    }

    private Task SendAsync(PlannedNotice planned, NoticeTarget target, CancellationToken cancellationToken) => target.Channel switch
    {
        NoticeChannel.Teams => teams.PostAsync(target.Address, planned.Notice, cancellationToken),
        _ => email.SendAsync(NoticeEmail.Render(planned.NotificationId, target.Address, planned.Notice), cancellationToken),
    };
}
