using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

public sealed class TableNotificationLog(TableClients tables) : INotificationLog
{
    public async Task<bool> WasSentAsync(string notificationId, string target, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(notificationId), TableKeys.Safe(target), cancellationToken: cancellationToken);
        return found.HasValue;
    }

    public async Task MarkSentAsync(string notificationId, string target, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        var entity = new TableEntity(TableKeys.Safe(notificationId), TableKeys.Safe(target))
        {
            ["NotificationId"] = notificationId,
            ["Target"] = target,
            ["SentAt"] = at,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already recorded by an earlier delivery of the same notification.
        }
    }
}
