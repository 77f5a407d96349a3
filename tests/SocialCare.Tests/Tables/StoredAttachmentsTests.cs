using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Tables;

/// <summary>
/// A message's attachments are stored with it, inside the message row's one JSON column, and read back from Table
/// Storage (Azurite); rows written before attachments existed read as none.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class StoredAttachmentsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private TableClients tables = null!;
    private TableConversationStore sut = null!;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.SharedAsync();
        tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = "at" + Guid.NewGuid().ToString("N")[..8] }));
        sut = new TableConversationStore(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_stored_message_reads_back_with_its_attachments_in_order()
    {
        IReadOnlyList<MediaRef> attachments =
        [
            new(MediaKind.Image, "https://scontent.xx.fbcdn.net/v/t1.15752-9/467813590_n.jpg?_nc_cat=104&oh=03_Q7cD&oe=6976A51E"),
            new(MediaKind.File, "https://cdn.fbsbx.com/v/t59.2708-21/receipt-5512.pdf?oh=03_Q7&oe=6974D7E2", "Чек №5512 \"итог\".pdf"),
            new(MediaKind.Sticker, Name: "😡", PlatformRef: "CAACAgIAAxkBAAIVXGdC0F6t6VpvUZNmL9MU9XjfLAACRR0AAnk52Er-J9pBqi816zYE"),
        ];
        var message = Message("with-media") with { Text = "[image, file, sticker]", Attachments = attachments };

        Assert.True(await sut.TryAppendAsync(Case("with-media"), null, message, CancellationToken.None));

        var stored = Assert.Single(await sut.GetMessagesAsync("with-media", CancellationToken.None));
        Assert.Equal(attachments, stored.Attachments!);
        Assert.Equal(attachments, (await sut.GetMessageAsync(Case("with-media"), "with-media", CancellationToken.None))!.Attachments!);
    }

    [Fact]
    public async Task A_message_without_attachments_reads_back_with_none()
    {
        await sut.TryAppendAsync(Case("plain"), null, Message("plain"), CancellationToken.None);

        Assert.Null(Assert.Single(await sut.GetMessagesAsync("plain", CancellationToken.None)).Attachments);
    }

    [Fact]
    public async Task A_row_written_before_attachments_existed_reads_as_none()
    {
        await sut.TryAppendAsync(Case("old"), null, Message("old"), CancellationToken.None);
        var table = await tables.GetAsync(TableNames.Conversations);
        // The message row exactly as the previous release wrote it: no "attachments" in its JSON.
        await table.UpsertEntityAsync(new TableEntity("old", TableKeys.MessageRow("facebook", "old"))
        {
            [JsonEntity.DataColumn] = """{"id":"e-old","direction":"inbound","text":"[image]","at":"2026-11-24T09:00:00+00:00","kind":"direct_message","authorId":"old","authorName":"Klient old","state":"visible","platformMessageId":"old"}""",
        }, TableUpdateMode.Replace);

        var stored = Assert.Single(await sut.GetMessagesAsync("old", CancellationToken.None));

        Assert.Equal("[image]", stored.Text);
        Assert.Null(stored.Attachments);
    }

    private static Conversation Case(string id) =>
        new(id, "facebook", "facebook:page1", $"dm:{id}", new Customer(id, "Klient " + id), ConversationStatus.Open, "care", null,
            null, PriorityAssessment.Normal, Now, Now, 1);

    private static ConversationMessage Message(string id) =>
        new($"e-{id}", MessageDirection.Inbound, "tekst", Now, EventKind.DirectMessage, id, "Klient " + id, PlatformMessageId: id);
}
