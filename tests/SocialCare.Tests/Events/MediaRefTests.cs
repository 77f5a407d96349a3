using System.Text;
using System.Text.Json;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Events;

public sealed class MediaRefTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://scontent.xx.fbcdn.net/v/t1.15752-9/4567_n.jpg?_nc_cat=1&oh=03_Q7&oe=65A1", true)]
    [InlineData("http://scontent.xx.fbcdn.net/v/t1.15752-9/4567_n.jpg", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", false)]
    [InlineData("//evil.example/x.jpg", false)]
    [InlineData("/relative/x.jpg", false)]
    [InlineData("https://user:secret@cdn.example/x.jpg", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    public void Only_an_absolute_https_link_is_kept(string url, bool kept)
    {
        var sut = new MediaRef(MediaKind.Image, url);

        Assert.Equal(kept ? url : null, sut.Url);
    }

    [Fact]
    public void A_link_too_long_to_carry_is_dropped_not_cut()
    {
        var sut = new MediaRef(MediaKind.Image, "https://cdn.example/" + new string('a', MediaRef.MaxUrlLength));

        Assert.Null(sut.Url);
    }

    [Fact]
    public void A_name_is_clipped_and_loses_its_control_characters()
    {
        var sut = new MediaRef(MediaKind.File, Name: "invoice\r\nX-Injected: 1\u0000.pdf" + new string('x', 500));

        Assert.Equal(MediaRef.MaxNameLength, sut.Name!.Length);
        Assert.StartsWith("invoice  X-Injected: 1 .pdf", sut.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Name, char.IsControl);
    }

    [Theory]
    [InlineData("AgACAgIAAxkBAAIBY2dCz1Xr-Q_kp0T3", true)]
    [InlineData("1602933707182531", true)]
    [InlineData("photo-218765432_457239017", true)]
    [InlineData("../lists/123", false)]
    [InlineData("1?fields=x", false)]
    [InlineData("%2e%2e", false)]
    [InlineData("-leading-dash", false)]
    [InlineData("", false)]
    public void A_platform_reference_is_kept_only_when_shaped_like_an_id(string reference, bool kept)
    {
        var sut = new MediaRef(MediaKind.Image, PlatformRef: reference);

        Assert.Equal(kept ? reference : null, sut.PlatformRef);
    }

    [Fact]
    public void An_event_carries_at_most_ten_attachments_and_none_as_null()
    {
        var many = Enumerable.Range(0, 25).Select(i => new MediaRef(MediaKind.Image, $"https://cdn.example/{i}.jpg")).ToList();

        Assert.Equal(MediaRefs.MaxPerMessage, Event(many).Attachments!.Count);
        Assert.Null(Event([]).Attachments);
        Assert.Null(Event(null).Attachments);
    }

    [Fact]
    public void A_message_without_text_reads_as_the_kinds_it_carries()
    {
        IReadOnlyList<MediaRef> attachments = [new(MediaKind.Image), new(MediaKind.File, Name: "receipt.pdf")];

        Assert.Equal("[image, file]", MediaRefs.TextOr("", attachments));
        Assert.Equal("Look at this", MediaRefs.TextOr("Look at this", attachments));
        Assert.Equal("", MediaRefs.TextOr(null, null));
    }

    [Fact]
    public void Attachments_survive_the_queue_json_between_functions()
    {
        var e = Event([new(MediaKind.Image, "https://cdn.example/a.jpg"), new(MediaKind.File, Name: "Faktura.pdf", PlatformRef: "BQACAgIAAxkBAAIC")]);

        var json = StorageJson.SerializeToUtf8Bytes(ClassifyMessage.For(e), CoreJson.Default.ClassifyMessage);
        var sut = JsonSerializer.Deserialize(json, CoreJson.Default.ClassifyMessage)!.Event.Attachments!;

        Assert.Contains("\"attachments\":[{\"kind\":\"image\",\"url\":\"https://cdn.example/a.jpg\"}", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.Equal(e.Attachments, sut);
    }

    [Fact]
    public void A_queue_message_or_stored_row_written_before_attachments_reads_as_none()
    {
        var old = """{"id":"facebook:m1","direction":"inbound","text":"[image]","at":"2026-11-24T09:00:00+00:00","kind":"direct_message","authorId":"u1","authorName":"Anna"}""";

        Assert.Null(JsonSerializer.Deserialize(old, CoreJson.Default.ConversationMessage)!.Attachments);
    }

    [Fact]
    public void Hostile_attachments_in_a_queue_message_are_bounded_as_they_are_read()
    {
        var items = string.Join(',', Enumerable.Repeat("""{"kind":"image","url":"javascript:alert(1)","platformRef":"../x"}""", 30));
        var json = $$"""{"id":"x:1","direction":"inbound","text":"","at":"2026-11-24T09:00:00+00:00","kind":"comment","authorId":"u","authorName":"u","attachments":[null,{{items}}]}""";

        var sut = JsonSerializer.Deserialize(json, CoreJson.Default.ConversationMessage)!.Attachments!;

        Assert.Equal(MediaRefs.MaxPerMessage, sut.Count);
        Assert.All(sut, a => Assert.Equal(new MediaRef(MediaKind.Image), a));
    }

    [Fact]
    public void The_longest_text_with_the_most_and_longest_attachments_fits_a_queue_message_and_a_table_column()
    {
        var text = string.Concat(Enumerable.Repeat("我的包裹三周还没到", InboundEvent.MaxTextLength / 9 + 1))[..InboundEvent.MaxTextLength];
        var url = "https://cdn.example/" + new string('a', MediaRef.MaxUrlLength - 20);
        var name = string.Concat(Enumerable.Repeat("发票\"", MediaRef.MaxNameLength));
        var attachments = Enumerable.Repeat(new MediaRef(MediaKind.Sticker, url, name, new string('A', MediaRef.MaxRefLength)), MediaRefs.MaxPerMessage).ToList();
        var e = Event(attachments) with { Text = text, Author = new Author("u1", new string('名', 1000)) };
        var classification = new Core.Classification.Classification("zh", Core.Classification.Sentiment.Negative, 0.9, Core.Classification.Intent.Complaint,
            ["late_delivery", "refund"], Core.Classification.PriorityAssessment.Normal, Core.Classification.Classification.SourceOffline);

        var queued = StorageJson.SerializeToUtf8Bytes(new RouteMessage(RouteMessage.CurrentVersion, e.EventId, e, classification), CoreJson.Default.RouteMessage);
        var stored = StorageJson.Serialize(ConversationLedger.MessageFor(e), CoreJson.Default.ConversationMessage);

        Assert.Equal(MediaRef.MaxUrlLength, e.Attachments![0].Url!.Length);
        Assert.InRange(queued.Length, 1, StorageQueueSender.MaxMessageBytes);
        Assert.InRange(stored.Length, 1, 32 * 1024);
    }

    [Fact]
    public void Recording_the_event_keeps_its_attachments_and_an_edit_without_any_keeps_the_old_ones()
    {
        var e = Event([new(MediaKind.Image, "https://cdn.example/a.jpg")]);

        var recorded = ConversationLedger.MessageFor(e);
        var edited = ConversationLedger.ApplyChange(recorded, Event(null) with { Action = EventAction.Edited, Text = "edited" });

        Assert.Equal(e.Attachments, recorded.Attachments);
        Assert.Equal(e.Attachments, edited.Attachments);
        Assert.Equal("edited", edited.Text);
    }

    private static InboundEvent Event(IReadOnlyList<MediaRef>? attachments) =>
        new("facebook:m1", "facebook", "facebook:1", EventKind.DirectMessage, "dm:u1", new Author("u1", "Anna"), MediaRefs.TextOr("", attachments),
            null, At, "m1", Attachments: attachments);
}
