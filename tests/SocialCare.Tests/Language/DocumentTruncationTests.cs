using SocialCare.Core.Classification;

namespace SocialCare.Tests.Language;

public sealed class DocumentTruncationTests
{
    [Fact]
    public void Short_text_is_left_whole() => Assert.Equal(("Hello.", false), DocumentTruncation.Cut("Hello.", 10));

    [Fact]
    public void Long_text_is_cut_after_the_last_sentence_that_fits() =>
        Assert.Equal(("One two. Three four.", true), DocumentTruncation.Cut("One two. Three four. Five six seven", 24));

    [Fact]
    public void Text_without_sentences_is_cut_at_a_space() =>
        Assert.Equal(("aaaa bbbb", true), DocumentTruncation.Cut("aaaa bbbb cccc", 11));

    [Fact]
    public void Cut_never_splits_an_emoji() =>
        Assert.Equal(("abc", true), DocumentTruncation.Cut("abc😀def", 4));
}
