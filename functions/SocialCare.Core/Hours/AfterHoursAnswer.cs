namespace SocialCare.Core.Hours;

/// <summary>
/// The automatic answer to a private message that arrives while the channel is closed, in the channel's language:
/// "we're back {nextOpenDay} at {nextOpen}" ({close} is the closing time of that next opening).
/// </summary>
public static class AfterHoursAnswer
{
    /// <summary>The text to send, or null when the channel is open at <paramref name="now"/> or never opens again.</summary>
    /// <param name="customerLanguage">The customer's language when known: the answer speaks it if we can (pl, ru, en).</param>
    public static string? For(ChannelSchedule schedule, DateTimeOffset now, string? customerLanguage = null)
    {
        var language = LocalPhrases.IsSupported(customerLanguage) ? customerLanguage! : schedule.Language;
        var hours = new OpeningHours(schedule);
        var status = hours.Status(now);
        if (status.Open || status.OpensAt is not { } opensAt) return null;
        var closesAt = hours.Status(opensAt).ClosesAt;
        return TemplateRenderer.Render(
            schedule.EffectiveTemplates(language).AfterHours!,
            language,
            hours.LocalDate(now),
            closesAt is { } c ? TimeOnly.FromDateTime(c.DateTime) : null,
            opensAt.DateTime);
    }
}
