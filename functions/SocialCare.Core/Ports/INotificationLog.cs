namespace SocialCare.Core.Ports;

/// <summary>Which notifications were delivered, per notification id and target, so a redelivered message is not sent twice.</summary>
public interface INotificationLog
{
    Task<bool> WasSentAsync(string notificationId, string target, CancellationToken cancellationToken);
    Task MarkSentAsync(string notificationId, string target, DateTimeOffset at, CancellationToken cancellationToken);
}
