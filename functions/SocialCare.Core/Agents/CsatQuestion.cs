namespace SocialCare.Core.Agents;

/// <summary>The one question a resolved private conversation gets, in the customer's language (English otherwise).</summary>
public static class CsatQuestion
{
    public static string For(string? language) => language switch
    {
        "pl" => "Dziękujemy za rozmowę! Jak oceniasz naszą pomoc w skali 1–5? Odpowiedz cyfrą lub gwiazdkami ⭐.",
        "ru" => "Спасибо за обращение! Оцените, пожалуйста, нашу помощь от 1 до 5 — ответьте цифрой или звёздами ⭐.",
        _ => "Thanks for talking to us! How would you rate our help from 1 to 5? Reply with a digit or stars ⭐.",
    };
}
