using SocialCare.Core.Reports;

namespace SocialCare.Tests.Reports;

public sealed class VoiceOfCustomerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Recurring_complaint_phrases_per_channel_are_counted_against_the_week_before_with_examples()
    {
        VoiceText At(string channel, string text, double days) => new(channel, text, Monday.AddDays(days));
        var texts = new[]
        {
            At("facebook:1", "Paczka nie dotarła, kurier zgubił przesyłkę", 0.5),
            At("facebook:1", "Znowu kurier zgubił moją paczkę!", 1),
            At("facebook:1", "kurier zgubił zamówienie, co teraz", 2),
            At("facebook:1", "Kurier zgubił paczkę tydzień temu", -3),
            At("facebook:1", "Aplikacja się zawiesza", 3),
            At("vk:2", "Приложение вылетает при оплате", 1),
            At("vk:2", "приложение вылетает каждый раз", 2),
            At("vk:2", "Приложение вылетает", 9), // the week after: not counted
        };

        var sut = VoiceOfCustomer.Build("2026-W48", Monday, Monday.AddDays(7), texts);

        var courier = Assert.Single(sut.Topics, t => t.Phrase == "kurier zgubił");
        Assert.Equal(("facebook:1", 3, 1), (courier.ChannelId, courier.Count, courier.PreviousWeek));
        Assert.Equal(3, courier.Examples.Count);
        Assert.StartsWith("Paczka nie dotarła", courier.Examples[0]);
        var app = Assert.Single(sut.Topics, t => t.Phrase == "приложение вылетает");
        Assert.Equal(("vk:2", 2, 0), (app.ChannelId, app.Count, app.PreviousWeek));
        Assert.DoesNotContain(sut.Topics, t => t.Phrase.Contains("zawiesza", StringComparison.Ordinal)); // said once
        Assert.Equal(sut.Topics.OrderByDescending(t => t.Count).Select(t => t.Count), sut.Topics.Select(t => t.Count));
    }

    [Theory]
    [InlineData("2026-W48", "2026-11-23")]
    [InlineData("2027-W01", "2027-01-04")]
    [InlineData("2026-W53", "2026-12-28")]
    public void An_iso_week_is_its_utc_monday_to_monday(string week, string monday)
    {
        var (from, to) = VoiceOfCustomer.Week(week)!.Value;

        Assert.Equal(DateTimeOffset.Parse(monday + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), from);
        Assert.Equal(from.AddDays(7), to);
    }

    [Theory]
    [InlineData("2026-48")]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]
    [InlineData("")]
    public void Not_a_week_is_null(string text) => Assert.Null(VoiceOfCustomer.Week(text));
}
