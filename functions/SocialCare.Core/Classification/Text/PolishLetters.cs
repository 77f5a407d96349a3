namespace SocialCare.Core.Classification.Text;

/// <summary>Polish as typed on a keyboard without its own letters, the way many Poles write online.</summary>
public static class PolishLetters
{
    /// <summary>"Zły kolor, Łódź" as "Zly kolor, Lodz": each of ą ć ę ł ń ó ś ź ż as its plain letter, case kept.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var plain = char.ToLowerInvariant(c) switch
            {
                'ą' => 'a', 'ć' => 'c', 'ę' => 'e', 'ł' => 'l', 'ń' => 'n', 'ó' => 'o', 'ś' => 's', 'ź' or 'ż' => 'z',
                _ => c,
            };
            chars[i] = plain != c && char.IsUpper(c) ? char.ToUpperInvariant(plain) : plain;
        }
    });
}
