namespace SocialCare.Core.Hours;

/// <summary>
/// Built-in wording per language. The Polish closing post is the example sentence, ending with a full stop.
/// </summary>
public static class DefaultTemplates
{
    public static readonly AnnouncementTemplates Polish = new(
        Opening: "Dzień dobry! Jesteśmy z Wami do godziny {close}!",
        Closing: "Mija {close}, zbieramy się już do domu. Na Wasze pytania czekamy już {nextOpenDay} od godziny {nextOpen}.",
        AfterHours: "Dziękujemy za wiadomość! Teraz nas nie ma, ale odpowiemy {nextOpenDay} od godziny {nextOpen}.");

    public static readonly AnnouncementTemplates Russian = new(
        Opening: "Здравствуйте! Мы на связи до {close}!",
        Closing: "Уже {close}, мы заканчиваем работу. Ждём ваших вопросов {nextOpenDay} с {nextOpen}.",
        AfterHours: "Спасибо за сообщение! Сейчас мы не на связи, но ответим {nextOpenDay} с {nextOpen}.");

    public static readonly AnnouncementTemplates English = new(
        Opening: "Hello! We're here for you until {close}!",
        Closing: "It's {close} and we're heading home. We'll be back for your questions {nextOpenDay} at {nextOpen}.",
        AfterHours: "Thanks for your message! We're away right now and back {nextOpenDay} at {nextOpen}.");

    /// <exception cref="ArgumentException">The language has no defaults (see <see cref="LocalPhrases.Languages"/>).</exception>
    public static AnnouncementTemplates For(string language) => language switch
    {
        "pl" => Polish,
        "ru" => Russian,
        "en" => English,
        _ => throw new ArgumentException($"No default templates for language '{language}'.", nameof(language)),
    };
}
