using Azure.Data.Tables;
using SocialCare.Core.Classification.Corrections;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Agents' corrections in the corrections table: partition "intent", row = the correction's id (a version 7 GUID,
/// so rows sort by time), the correction as JSON with who and when as columns to read in Storage Explorer.
/// </summary>
public sealed class TableLabelCorrections(TableClients tables) : ILabelCorrectionStore
{
    private const string Partition = "intent";

    public async Task AddAsync(LabelCorrection correction, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Corrections, cancellationToken);
        await table.AddEntityAsync(JsonEntity.Create(Partition, correction.Id, correction, CorrectionJson.Default.LabelCorrection,
            [new("ConversationId", correction.ConversationId), new("AgentId", correction.AgentId), new("At", correction.At)]), cancellationToken);
    }

    public async IAsyncEnumerable<LabelCorrection> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Corrections, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{Partition}'", cancellationToken: cancellationToken))
        {
            yield return JsonEntity.Read(row, CorrectionJson.Default.LabelCorrection);
        }
    }
}
