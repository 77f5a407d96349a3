using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using SocialCare.Core.Messages;

namespace SocialCare.Bench;

/// <summary>Reads what the app left in storage: queue depths, and conversations with the tokens of their messages.</summary>
internal sealed partial class DrillStorage(string connectionString, string prefix)
{
    private static readonly string[] PipelineQueues = [QueueNames.Classify, QueueNames.Route, QueueNames.Notify];

    public async Task<int> PendingAsync()
    {
        var total = 0;
        foreach (var name in PipelineQueues)
        {
            var queue = new QueueClient(connectionString, $"{prefix}-{name}");
            if (!await queue.ExistsAsync()) continue;
            total += (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }
        return total;
    }

    public async Task<int> DeadLetteredAsync()
    {
        var total = 0;
        foreach (var name in PipelineQueues)
        {
            var queue = new QueueClient(connectionString, $"{prefix}-{name}{QueueNames.DeadLetterSuffix}");
            if (!await queue.ExistsAsync()) continue;
            total += (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }
        return total;
    }

    /// <summary>Waits until the pipeline queues are empty and <paramref name="done"/> holds (or the timeout passes).</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (clock.Elapsed < timeout)
        {
            var pending = await PendingAsync();
            if (pending == 0 && done()) return true;
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine($"  … draining: {pending} queued after {clock.Elapsed.TotalSeconds:F0} s");
            }
            await Task.Delay(250);
        }
        return false;
    }

    /// <summary>Every conversation and the drill tokens of its inbound messages (one entry per stored message).</summary>
    public async Task<StoredConversations> ConversationsAsync()
    {
        var table = new TableClient(connectionString, prefix + "conversations");
        var conversations = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "Data"]))
        {
            if (entity.RowKey == "c")
            {
                conversations.Add(entity.PartitionKey);
                continue;
            }
            if (!entity.RowKey.StartsWith("m-", StringComparison.Ordinal)) continue;
            var data = entity.GetString("Data") ?? "";
            if (!data.Contains("\"inbound\"", StringComparison.Ordinal)) continue; // outbound replies quote no tokens anyway
            foreach (Match m in TokenPattern().Matches(data))
            {
                if (!tokens.TryGetValue(m.Value, out var list)) tokens[m.Value] = list = [];
                list.Add(entity.PartitionKey);
            }
        }
        return new StoredConversations(conversations, tokens);
    }

    [GeneratedRegex("tok[0-9a-f]{8}x[0-9]+x")]
    public static partial Regex TokenPattern();
}
