using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Workspace;

/// <summary>The inbox index kept with every conversation write (Azurite): right lists, working order, healing as it is read.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class InboxIndexTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private TableClients tables = null!;
    private TableConversationStore sut = null!;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.SharedAsync();
        tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = "ix" + Guid.NewGuid().ToString("N")[..8] }));
        sut = new TableConversationStore(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_open_list_reads_by_the_clock_due_first_then_priority()
    {
        await sut.TryAppendAsync(Case("late", due: Now.AddHours(3), level: 1), null, Message("late"), CancellationToken.None);
        await sut.TryAppendAsync(Case("soon", due: Now.AddMinutes(30), level: 3), null, Message("soon"), CancellationToken.None);
        await sut.TryAppendAsync(Case("soon-urgent", due: Now.AddMinutes(30), level: 1), null, Message("soon-urgent"), CancellationToken.None);

        var page = await sut.ListInboxAsync(InboxKeys.Scope(InboxKeys.Team, "care", ConversationStatus.Open), 10, null, CancellationToken.None);

        Assert.Equal(["soon-urgent", "soon", "late"], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task A_change_moves_the_case_between_lists_and_leaves_no_row_behind()
    {
        var open = Case("moving", due: Now.AddHours(1));
        await sut.TryAppendAsync(open, null, Message("moving"), CancellationToken.None);
        var stored = await sut.GetAsync("moving", CancellationToken.None);

        await sut.SaveAsync(stored!.Value with { Assignee = "anna", Status = ConversationStatus.Resolved, ResolvedAt = Now }, stored.Version, [], CancellationToken.None);

        Assert.Empty((await sut.ListInboxAsync(InboxKeys.Scope(InboxKeys.Unassigned, "care", ConversationStatus.Open), 10, null, CancellationToken.None)).Items);
        Assert.Single((await sut.ListInboxAsync(InboxKeys.Scope(InboxKeys.Owner, "anna", ConversationStatus.Resolved, Now), 10, null, CancellationToken.None)).Items);
        var index = await tables.GetAsync(TableNames.InboxIndex);
        var rows = index.QueryAsync<TableEntity>("ConversationId eq 'moving'").ToBlockingEnumerable().Select(r => r.PartitionKey).Order();
        Assert.Equal(["all|resolved|2026-W48", "owner|anna|resolved|2026-W48", "team|care|resolved|2026-W48"], rows);
    }

    [Fact]
    public async Task A_row_left_by_a_write_that_never_happened_is_skipped_and_deleted_when_read()
    {
        await sut.TryAppendAsync(Case("real", due: Now.AddHours(1)), null, Message("real"), CancellationToken.None);
        var index = await tables.GetAsync(TableNames.InboxIndex);
        // What a crash between the index write and the conversation's write leaves: a row for a state never stored.
        var scope = InboxKeys.Scope(InboxKeys.Team, "care", ConversationStatus.Open);
        await index.UpsertEntityAsync(new TableEntity(scope, "0000000000000000001|1|real") { ["ConversationId"] = "real" });
        await index.UpsertEntityAsync(new TableEntity(scope, "0000000000000000002|1|ghost") { ["ConversationId"] = "ghost" });

        var page = await sut.ListInboxAsync(scope, 10, null, CancellationToken.None);

        Assert.Equal(["real"], page.Items.Select(c => c.Id));
        Assert.Single(index.QueryAsync<TableEntity>($"PartitionKey eq '{scope}'").ToBlockingEnumerable());
    }

    [Fact]
    public async Task Conversations_stored_before_the_index_are_backfilled_once()
    {
        var teamOpen = await StoreAsBeforeTheIndexAsync("old");
        Assert.Empty((await sut.ListInboxAsync(teamOpen, 10, null, CancellationToken.None)).Items);

        var first = await sut.BackfillInboxIndexAsync(CancellationToken.None);
        await sut.TryAppendAsync(Case("new", due: Now.AddHours(2)), null, Message("new"), CancellationToken.None);
        var second = await sut.BackfillInboxIndexAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(["old", "new"], (await sut.ListInboxAsync(teamOpen, 10, null, CancellationToken.None)).Items.Select(c => c.Id));
    }

    [Fact]
    public async Task The_backfill_at_start_waits_its_delay_so_a_cold_start_answers_first()
    {
        var teamOpen = await StoreAsBeforeTheIndexAsync("old");
        var time = new TimerClock(Now);
        using var backfill = new InboxIndexBackfill(tables, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<InboxIndexBackfill>.Instance);

        await backfill.StartAsync(CancellationToken.None);
        await time.WaitForTimerAsync(InboxIndexBackfill.StartDelay); // parked on its delay, before any storage call
        var before = (await sut.ListInboxAsync(teamOpen, 10, null, CancellationToken.None)).Items.Count;
        time.Advance(InboxIndexBackfill.StartDelay);
        await backfill.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, before);
        Assert.Equal(["old"], (await sut.ListInboxAsync(teamOpen, 10, null, CancellationToken.None)).Items.Select(c => c.Id));
    }

    // As a release before the index left it: the conversation, and no row in any list. Returns the list it belongs in.
    private async Task<string> StoreAsBeforeTheIndexAsync(string id)
    {
        await sut.TryAppendAsync(Case(id, due: Now.AddHours(1)), null, Message(id), CancellationToken.None);
        var index = await tables.GetAsync(TableNames.InboxIndex);
        foreach (var row in index.QueryAsync<TableEntity>($"ConversationId eq '{id}'").ToBlockingEnumerable()) await index.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        return InboxKeys.Scope(InboxKeys.Team, "care", ConversationStatus.Open);
    }

    private static Conversation Case(string id, DateTimeOffset due, int level = 3) =>
        new(id, "facebook", "facebook:page1", $"post:{id}", new Customer(id, "Klient " + id), ConversationStatus.Open, "care", null,
            null, new PriorityAssessment(level, ["test"]), Now, Now, 1, Sla: new SlaClock(due, null, due.AddHours(8)));

    private static ConversationMessage Message(string id) => new($"e-{id}", MessageDirection.Inbound, "tekst", Now, EventKind.Comment, id, "Klient " + id, PlatformMessageId: id);
}
