using SocialCare.Core.Hours;
using static SocialCare.Tests.Hours.Schedules;

namespace SocialCare.Tests.Hours;

public sealed class TemplateRendererTests
{
    private static readonly DateOnly Monday = new(2027, 12, 20);

    [Fact]
    public void Polish_default_closing_renders_the_issue_example_with_a_full_stop()
    {
        var text = TemplateRenderer.Render(DefaultTemplates.Polish.Closing!, "pl", Monday, new TimeOnly(20, 0), new DateTime(2027, 12, 21, 8, 0, 0));

        Assert.Equal("Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.", text);
    }

    [Theory]
    [InlineData("pl", 20, 20, "dziś")]
    [InlineData("pl", 20, 21, "jutro")]
    [InlineData("pl", 19, 20, "jutro")]
    [InlineData("pl", 17, 20, "w poniedziałek")]
    [InlineData("pl", 19, 21, "we wtorek")]
    [InlineData("pl", 20, 22, "w środę")]
    [InlineData("pl", 20, 23, "w czwartek")]
    [InlineData("pl", 20, 24, "w piątek")]
    [InlineData("pl", 20, 25, "w sobotę")]
    [InlineData("pl", 20, 26, "w niedzielę")]
    [InlineData("pl", 20, 27, "27 grudnia")]
    [InlineData("ru", 20, 21, "завтра")]
    [InlineData("ru", 17, 20, "в понедельник")]
    [InlineData("ru", 19, 21, "во вторник")]
    [InlineData("ru", 20, 22, "в среду")]
    [InlineData("ru", 20, 23, "в четверг")]
    [InlineData("ru", 20, 24, "в пятницу")]
    [InlineData("ru", 20, 25, "в субботу")]
    [InlineData("ru", 20, 26, "в воскресенье")]
    [InlineData("ru", 20, 27, "27 декабря")]
    [InlineData("en", 20, 21, "tomorrow")]
    [InlineData("en", 20, 23, "on Thursday")]
    [InlineData("en", 20, 27, "on 27 December")]
    public void Next_open_day_uses_the_local_form(string language, int today, int openDay, string expected)
    {
        var text = TemplateRenderer.Render("{nextOpenDay}", language, new DateOnly(2027, 12, today),
            null, new DateTime(2027, 12, openDay, 8, 0, 0));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Unknown_placeholders_are_listed_once_and_known_ones_are_not()
    {
        Assert.Equal(["open", "jutro"], TemplateRenderer.UnknownPlaceholders("{open} {close} {jutro} {open} {nextOpen} {nextOpenDay}"));
    }

    [Fact]
    public void After_hours_answer_to_a_message_at_23_says_back_tomorrow_at_eight()
    {
        Assert.Equal("Dziękujemy za wiadomość! Teraz nas nie ma, ale odpowiemy jutro od godziny 8:00.",
            AfterHoursAnswer.For(Weekdays(), At("2027-06-07T23:00:00+02:00")));
        Assert.Equal("Thanks for your message! We're away right now and back on Monday at 8:00.",
            AfterHoursAnswer.For(Weekdays("America/New_York", "en"), At("2027-06-12T10:00:00-04:00")));
        Assert.Null(AfterHoursAnswer.For(Weekdays(), At("2027-06-07T12:00:00+02:00")));
    }

    [Fact]
    public void After_hours_answer_speaks_the_customers_language_on_a_polish_channel()
    {
        var russian = AfterHoursAnswer.For(Weekdays(), At("2027-06-07T23:00:00+02:00"), customerLanguage: "ru");
        var unsupported = AfterHoursAnswer.For(Weekdays(), At("2027-06-07T23:00:00+02:00"), customerLanguage: "other");

        Assert.Contains("завтра", russian, StringComparison.Ordinal);
        Assert.StartsWith("Dziękujemy", unsupported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_template_overrides_only_the_texts_it_gives()
    {
        var schedule = Weekdays() with
        {
            Templates = new Dictionary<string, AnnouncementTemplates> { ["pl"] = new(Opening: "Cześć! Do {close}.") },
        };

        var sut = schedule.EffectiveTemplates();

        Assert.Equal("Cześć! Do {close}.", sut.Opening);
        Assert.Equal(DefaultTemplates.Polish.Closing, sut.Closing);
    }
}
