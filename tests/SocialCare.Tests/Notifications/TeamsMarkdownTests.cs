using SocialCare.Adapters.Teams;

namespace SocialCare.Tests.Notifications;

public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("[Resolve now](https://evil.example)", "\\[Resolve now\\](https:\u2060//evil.example)")]
    [InlineData("**bold** _it_ `code` ~~gone~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~")]
    [InlineData("# Heading\n> quote\n- item\n+ item\n12. item\n3) item", "\\# Heading\n\\> quote\n\\- item\n\\+ item\n12\\. item\n3\\) item")]
    [InlineData("<https://evil.example> | a\\b & c", "\\<https:\u2060//evil.example\\> \\| a\\\\b \\& c")]
    [InlineData("see www.evil.example now", "see www\u2060.evil.example now")]
    [InlineData("Cena 1.5 zł - 20% taniej (promocja)", "Cena 1.5 zł - 20% taniej (promocja)")]
    public void Markdown_characters_and_bare_links_are_neutralised(string text, string expected) =>
        Assert.Equal(expected, TeamsMarkdown.Escape(text));

    [Fact]
    public void Escaped_text_reads_the_same_once_the_escapes_are_rendered()
    {
        var text = "[Resolve now](https://evil.example) *urgent* 1. <b>";

        var sut = TeamsMarkdown.Escape(text);

        Assert.Equal(text, sut.Replace("\\", "", StringComparison.Ordinal).Replace("\u2060", "", StringComparison.Ordinal));
    }
}
