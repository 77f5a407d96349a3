using Azure;
using Azure.Data.Tables;
using SocialCare.LocalParts;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.LocalParts;

/// <summary>
/// The patched Azurite finds an entity by its keys through the narrower of its two key indexes (patches/azurite+3.35.0.patch,
/// findEntity) instead of walking the whole partition. These check, with the Azure SDK against the emulator the tests
/// use, that every point operation still finds exactly the entity it names: keys shared across partitions and rows, keys
/// Loki's index compares loosely ("1" and "01"), conflicts, preconditions, and a failed batch. Each test has its own table.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AzuriteTableBehaviourTests
{
    private static async Task<TableClient> TableAsync()
    {
        var azurite = await Azurite.SharedAsync();
        var table = new TableClient(azurite.ConnectionString, "points" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        return table;
    }

    private static TableEntity Row(string partition, string row, string value) => new(partition, row) { ["Value"] = value };

    private static async Task<string?> ValueAsync(TableClient table, string partition, string row)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row);
        return found.HasValue ? found.Value!.GetString("Value") : null;
    }

    [Fact]
    public async Task A_point_read_finds_the_one_entity_whether_its_partition_or_its_row_key_is_the_crowded_one()
    {
        var table = await TableAsync();
        // A crowded partition (like an inbox list) and a crowded row key (like the conversation row "c" in every partition).
        for (var i = 0; i < 60; i++)
        {
            await table.AddEntityAsync(Row("all|open", $"r{i:000}", $"list {i}"));
            await table.AddEntityAsync(Row($"p{i:000}", "c", $"conversation {i}"));
        }

        Assert.Equal("list 37", await ValueAsync(table, "all|open", "r037"));
        Assert.Equal("conversation 37", await ValueAsync(table, "p037", "c"));
        Assert.Null(await ValueAsync(table, "all|open", "c"));
        Assert.Null(await ValueAsync(table, "p037", "r037"));
        Assert.Null(await ValueAsync(table, "p999", "c"));
        Assert.Null(await ValueAsync(table, "all|open", "r999"));
    }

    [Fact]
    public async Task Keys_that_Lokis_index_compares_loosely_stay_separate_entities()
    {
        var table = await TableAsync();
        foreach (var (partition, row) in new[] { ("1", "10"), ("01", "10"), ("1", "1e1"), ("1.0", "010") })
            await table.AddEntityAsync(Row(partition, row, $"{partition}/{row}"));

        await table.DeleteEntityAsync("01", "10");

        Assert.Equal("1/10", await ValueAsync(table, "1", "10"));
        Assert.Null(await ValueAsync(table, "01", "10"));
        Assert.Equal("1/1e1", await ValueAsync(table, "1", "1e1"));
        Assert.Equal("1.0/010", await ValueAsync(table, "1.0", "010"));
        Assert.Null(await ValueAsync(table, "1", "010"));
    }

    [Fact]
    public async Task Inserts_updates_merges_and_deletes_keep_their_conflicts_and_preconditions()
    {
        var table = await TableAsync();
        await table.AddEntityAsync(Row("p", "a", "first"));
        await table.AddEntityAsync(Row("q", "a", "other partition"));
        // An ETag of another state (the emulator's own may repeat within a millisecond).
        var stale = new ETag("W/\"datetime'2001-02-03T04%3A05%3A06.0000000Z'\"");
        await table.UpsertEntityAsync(Row("p", "a", "second"), TableUpdateMode.Replace);
        await table.UpdateEntityAsync(new TableEntity("p", "a") { ["Extra"] = "merged" }, ETag.All, TableUpdateMode.Merge);

        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(Row("p", "a", "again")));
        var outdated = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(Row("p", "a", "lost"), stale, TableUpdateMode.Replace));
        var missing = await table.DeleteEntityAsync("p", "b"); // the SDK answers a missing entity's delete without throwing
        var merged = (await table.GetEntityAsync<TableEntity>("p", "a")).Value;

        Assert.Equal((409, 412, 404), (duplicate.Status, outdated.Status, missing.Status));
        Assert.Equal(("second", "merged"), (merged.GetString("Value"), merged.GetString("Extra")));
        Assert.Equal("other partition", await ValueAsync(table, "q", "a"));
    }

    [Fact]
    public async Task A_batch_that_fails_changes_none_of_its_entities()
    {
        var table = await TableAsync();
        await table.AddEntityAsync(Row("p", "kept", "before"));
        await table.AddEntityAsync(Row("p", "taken", "before"));

        await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertReplace, Row("p", "kept", "changed")),
            new(TableTransactionActionType.Add, Row("p", "new", "added")),
            new(TableTransactionActionType.Add, Row("p", "taken", "clash")),
        ]));
        await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, Row("p", "new", "after"))]);

        Assert.Equal("before", await ValueAsync(table, "p", "kept"));
        Assert.Equal("before", await ValueAsync(table, "p", "taken"));
        Assert.Equal("after", await ValueAsync(table, "p", "new"));
    }
}
