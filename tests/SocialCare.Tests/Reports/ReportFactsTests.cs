using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Reports;

/// <summary>The reports' rows kept with every conversation write (Azurite): by the day a case started, current, filtered, backfilled once.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ReportFactsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private TableClients tables = null!;
    private TableConversationStore store = null!;
    private TableReportFacts sut = null!;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.SharedAsync();
        tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = "rf" + Guid.NewGuid().ToString("N")[..8] }));
        store = new TableConversationStore(tables);
        sut = new TableReportFacts(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_report_reads_the_cases_started_in_the_period_as_last_written_filtered_by_team_and_channel()
    {
        await store.TryAppendAsync(Case("mon", Monday, "care", "facebook:1"), null, Message("mon", Monday), CancellationToken.None);
        await store.TryAppendAsync(Case("tue", Monday.AddDays(1), "sales", "facebook:1"), null, Message("tue", Monday.AddDays(1)), CancellationToken.None);
        await store.TryAppendAsync(Case("wed", Monday.AddDays(2), "care", "vk:2"), null, Message("wed", Monday.AddDays(2)), CancellationToken.None);
        var stored = await store.GetAsync("mon", CancellationToken.None);
        await store.SaveAsync(stored!.Value with { Status = ConversationStatus.Resolved, ResolvedAt = Monday.AddHours(2), Csat = 5 }, stored.Version, [], CancellationToken.None);

        var monToTue = await sut.ReadAsync(Monday.Date, Monday.Date.AddDays(2), null, null, CancellationToken.None);
        var care = await sut.ReadAsync(Monday.Date, Monday.Date.AddDays(7), "care", null, CancellationToken.None);
        var vk = await sut.ReadAsync(Monday.Date, Monday.Date.AddDays(7), null, "vk:2", CancellationToken.None);

        Assert.Equal(["mon", "tue"], monToTue.Select(c => c.Id));
        var mon = monToTue[0];
        Assert.Equal((ConversationStatus.Resolved, 5, "care", "anna"), (mon.Status, mon.Csat, mon.Team, mon.Assignee));
        Assert.Equal(["mon", "wed"], care.Select(c => c.Id));
        Assert.Equal(["wed"], vk.Select(c => c.Id));
    }

    [Fact]
    public async Task Conversations_stored_before_the_report_rows_are_backfilled_once()
    {
        await store.TryAppendAsync(Case("old", Monday, "care", "facebook:1"), null, Message("old", Monday), CancellationToken.None);
        var facts = await tables.GetAsync(TableNames.ReportFacts);
        await facts.DeleteEntityAsync("2026-11-23", "old");
        Assert.Empty(await sut.ReadAsync(Monday.Date, Monday.Date.AddDays(1), null, null, CancellationToken.None));

        var first = await store.BackfillReportFactsAsync(CancellationToken.None);
        var second = await store.BackfillReportFactsAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(["old"], (await sut.ReadAsync(Monday.Date, Monday.Date.AddDays(1), null, null, CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_days_rollup_is_kept_until_a_conversation_of_that_day_is_written_or_the_schedules_change()
    {
        await store.TryAppendAsync(Case("mon", Monday, "care", "facebook:1"), null, Message("mon", Monday), CancellationToken.None);
        await store.TryAppendAsync(Case("tue", Monday.AddDays(1), "care", "facebook:1"), null, Message("tue", Monday.AddDays(1)), CancellationToken.None);
        var built = new List<string>();
        var hours = new Core.Hours.OpeningHours(Core.Hours.ChannelSchedule.Default());
        Core.Reports.DayRollup Build(string day, IReadOnlyList<Conversation> cs)
        {
            lock (built) built.Add(day);
            return Core.Reports.DayRollup.Of(day, cs, _ => hours, Monday.AddDays(3));
        }
        Task<IReadOnlyList<Core.Reports.DayRollup>> ReportAsync(string hoursKey = "h1") => sut.RollupsAsync(Monday.Date, Monday.Date.AddDays(2), null, null, hoursKey, Build, CancellationToken.None);

        await ReportAsync();
        Assert.Equal(["2026-11-23", "2026-11-24"], built.Order());
        built.Clear();
        var again = await ReportAsync();
        Assert.Empty(built);
        Assert.Equal([1, 1], again.Select(d => d.All.Handled));

        var tue = await store.GetAsync("tue", CancellationToken.None);
        await store.SaveAsync(tue!.Value with { Status = ConversationStatus.Resolved, ResolvedAt = Monday.AddDays(1).AddHours(1) }, tue.Version, [], CancellationToken.None);
        var afterWrite = await ReportAsync();
        Assert.Equal(["2026-11-24"], built);
        Assert.Equal([1, 0], afterWrite.Select(d => d.Unresolved));

        built.Clear();
        await ReportAsync(hoursKey: "h2");
        Assert.Equal(["2026-11-23", "2026-11-24"], built.Order());
        // A period that cuts a day builds that day from its conversations in the period, every time.
        built.Clear();
        var cut = await sut.RollupsAsync(Monday.Date.AddHours(12), Monday.Date.AddDays(2), null, null, "h2", Build, CancellationToken.None);
        Assert.Equal(["2026-11-23"], built);
        Assert.Equal([0, 1], cut.Select(d => d.All.Handled));
    }

    private static Conversation Case(string id, DateTimeOffset at, string team, string channel) =>
        new(id, channel.Split(':')[0], channel, $"post:{id}", new Customer(id, "Klient " + id), ConversationStatus.Open, team, "anna",
            null, Core.Classification.PriorityAssessment.Normal, at, at, 1, InboundAt: [at]);

    private static ConversationMessage Message(string id, DateTimeOffset at) => new($"e-{id}", MessageDirection.Inbound, "tekst", at, EventKind.Comment, id, "Klient " + id, PlatformMessageId: id);
}
