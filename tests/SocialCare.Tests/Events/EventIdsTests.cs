using SocialCare.Core.Events;

namespace SocialCare.Tests.Events;

public sealed class EventIdsTests
{
    [Fact]
    public void Event_id_joins_platform_and_platform_id() =>
        Assert.Equal("facebook:123_456", EventIds.For("facebook", "123_456"));

    [Fact]
    public void Clip_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀" + "tail";
        var clipped = EventIds.Clip(text, 10);
        Assert.Equal(new string('a', 9), clipped);
    }

    [Fact]
    public void Digest_is_stable_and_key_safe()
    {
        var sut = EventIds.Digest("telegram:123/456#?");
        Assert.Equal(sut, EventIds.Digest("telegram:123/456#?"));
        Assert.DoesNotContain('/', sut);
        Assert.Equal(24, sut.Length);
    }
}
