using System.Text.Json;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Messages;

public sealed class StorageJsonTests
{
    private static ConversationMessage Message(string text) =>
        new("m1", MessageDirection.Inbound, text, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), EventKind.Comment, "u1", "Анна");

    [Theory]
    [InlineData("Привет, где посылка?")]
    [InlineData("😡🔥 我的包裹 <<<>>> & 'x'")]
    [InlineData("quote \" backslash \\ newline \n tab \t bell \u0007")]
    public void Text_round_trips_and_is_written_as_its_own_characters(string text)
    {
        var sut = StorageJson.Serialize(Message(text), CoreJson.Default.ConversationMessage);

        Assert.Equal(text, JsonSerializer.Deserialize(sut, CoreJson.Default.ConversationMessage)!.Text);
        Assert.DoesNotContain("\\u04", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uD83D", sut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u003C", sut, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_8000_character_emoji_text_stays_under_the_table_column_limit()
    {
        var text = string.Concat(Enumerable.Repeat("😡", InboundEvent.MaxTextLength / 2));

        var sut = StorageJson.Serialize(Message(text), CoreJson.Default.ConversationMessage);

        // Table Storage: 64 KiB per string property, 32K UTF-16 characters.
        Assert.InRange(sut.Length, InboundEvent.MaxTextLength, 9_000);
    }

    [Fact]
    public void A_row_written_escaped_before_still_reads()
    {
        var escaped = JsonSerializer.Serialize(Message("Привет 😡 <<<"), CoreJson.Default.ConversationMessage);

        Assert.Contains("\\u041F", escaped, StringComparison.Ordinal);
        Assert.Equal("Привет 😡 <<<", JsonSerializer.Deserialize(escaped, CoreJson.Default.ConversationMessage)!.Text);
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character()
    {
        var sut = StorageJson.Serialize(Message("a\uD800b"), CoreJson.Default.ConversationMessage);

        Assert.Equal("a\uFFFDb", JsonSerializer.Deserialize(sut, CoreJson.Default.ConversationMessage)!.Text);
    }
}
