using SocialCare.Core.Announcements;
using SocialCare.Core.Messages;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Announce;

/// <summary>
/// Timer, every minute: publishes the due opening and closing posts of every channel, each exactly once. A failed
/// post is retried by the next runs within its lateness window and raised to the team on the notify queue. A post
/// that is out changes the shift (<see cref="ShiftChange"/>): at closing the channel's agents go offline and each gets a
/// hand-over summary, at opening a backlog digest, by e-mail or Teams card as each agent chose.
/// </summary>
[HandlesFunction("Announce")]
public sealed partial class AnnounceFunction(AnnouncementRunner runner, ShiftChange shifts, ILogger<AnnounceFunction> logger) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var attempts = await runner.RunAsync(cancellationToken);
        var result = TriggerResult.Empty();
        foreach (var attempt in attempts) Report(attempt, result);
        var notices = attempts.Where(a => a.Outcome == AnnouncementOutcome.Failed).Select(FailureNotice).ToList();
        // The post is out: the shift changes (agents offline at closing with a hand-over each, a backlog digest at opening).
        foreach (var attempt in attempts) notices.AddRange(await shifts.AfterAsync(attempt, cancellationToken));
        // Channels closing at the same instant hand over once per agent.
        if (notices.Count > 0) result.OutputMany("notify", notices.DistinctBy(n => n.NotificationId), CoreJson.Default.NotifyMessage);
        return result;
    }

    /// <summary>The team hears of each failed slot once (Notify dedupes by the id), however many runs retry it.</summary>
    public static NotifyMessage FailureNotice(AnnouncementAttempt failed) =>
        new(NotifyMessage.CurrentVersion, "announce-failed:" + failed.SlotKey, NotificationKind.AnnouncementFailed,
            Detail: $"{failed.ChannelId} {failed.Slot}: {failed.Error}");

    private void Report(AnnouncementAttempt attempt, TriggerResult result)
    {
        switch (attempt.Outcome)
        {
            case AnnouncementOutcome.Published:
                LogPublished(attempt.ChannelId, attempt.Slot);
                result.Log($"published {attempt.SlotKey}");
                break;
            case AnnouncementOutcome.AlreadyPublished:
                LogRecovered(attempt.ChannelId, attempt.Slot);
                result.Log($"found {attempt.SlotKey} already published after a crash; not posted again");
                break;
            case AnnouncementOutcome.Failed:
                LogFailed(attempt.ChannelId, attempt.Slot, attempt.Error);
                result.Log($"failed {attempt.SlotKey}; retried next run");
                break;
            default:
                LogSkipped(attempt.ChannelId, attempt.Slot);
                break;
        }
    }

    [LoggerMessage(LogLevel.Information, "Announcement {ChannelId} {Slot} published")]
    private partial void LogPublished(string channelId, string slot);

    [LoggerMessage(LogLevel.Warning, "Announcement {ChannelId} {Slot} was claimed by a run that stopped; the outbox shows it published, so it is not posted again")]
    private partial void LogRecovered(string channelId, string slot);

    [LoggerMessage(LogLevel.Error, "Announcement {ChannelId} {Slot} failed: {Error}; the slot is released for the next run and the team notified")]
    private partial void LogFailed(string channelId, string slot, string? error);

    [LoggerMessage(LogLevel.Debug, "Announcement {ChannelId} {Slot} is held or done by another run")]
    private partial void LogSkipped(string channelId, string slot);
}
