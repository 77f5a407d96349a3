using Azure.Data.Tables;
using Azure.Storage.Queues;
using SocialCare.LocalParts;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.LocalParts;

/// <summary>
/// An emulator stopped the way people and tools stop a process keeps what it acknowledged. Azurite's stores (Loki) save
/// every 5 s and when the service closes; the table service closed on SIGINT only, so <c>kill</c>, <c>pkill</c> or a
/// service manager (SIGTERM) lost the last seconds of conversation writes while their queue messages were already done
/// (patches/azurite+3.35.0.patch closes it on SIGTERM too). SIGKILL and a power cut still lose up to 5 s: nothing can
/// save then (docs/reliability.md).
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AzuriteStopTests : IDisposable
{
    private readonly string location = Directory.CreateTempSubdirectory("azurite-stop-").FullName;

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task An_emulator_stopped_by_a_signal_keeps_every_write_it_acknowledged(string signal)
    {
        var first = await Azurite.StartSavingToAsync(location);
        var table = new TableClient(first.ConnectionString, "kept");
        var queue = new QueueClient(first.ConnectionString, "kept");
        await table.CreateAsync();
        await queue.CreateAsync();
        for (var i = 0; i < 40; i++)
        {
            await table.AddEntityAsync(new TableEntity("conversation", $"m{i:D2}"));
            await queue.SendMessageAsync($"event {i}");
        }

        await first.StopAsync(signal);
        var second = await Azurite.StartSavingToAsync(location);
        try
        {
            var rows = 0;
            await foreach (var _ in new TableClient(second.ConnectionString, "kept").QueryAsync<TableEntity>()) rows++;
            var messages = (await new QueueClient(second.ConnectionString, "kept").GetPropertiesAsync()).Value.ApproximateMessagesCount;
            Assert.Equal((40, 40), (rows, messages));
        }
        finally
        {
            await second.StopAsync("INT");
        }
    }

    public void Dispose() => Directory.Delete(location, recursive: true);
}
