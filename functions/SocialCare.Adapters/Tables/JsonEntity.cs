using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;
using SocialCare.Core.Messages;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Stores a record as JSON in one column ("Data") beside the few columns queries filter on, so records can grow
/// without a schema change in the table.
/// </summary>
public static class JsonEntity
{
    public const string DataColumn = "Data";

    public static TableEntity Create<T>(string partitionKey, string rowKey, T value, JsonTypeInfo<T> type, IEnumerable<KeyValuePair<string, object?>>? columns = null)
    {
        var entity = new TableEntity(partitionKey, rowKey) { [DataColumn] = StorageJson.Serialize(value, type) };
        foreach (var (name, column) in columns ?? [])
        {
            if (column is not null) entity[name] = column;
        }
        return entity;
    }

    public static T Read<T>(TableEntity entity, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(entity.GetString(DataColumn), type)
        ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} has no data.");
}
