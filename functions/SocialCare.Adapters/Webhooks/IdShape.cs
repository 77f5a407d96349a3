using System.Text.RegularExpressions;

namespace SocialCare.Adapters.Webhooks;

/// <summary>
/// How a platform's ids look. Every id a webhook hands on (ids end up in API paths, table keys and queue message ids)
/// is checked against its shape before anything is enqueued, so "../lists/123", "1?fields=x" or "%2e%2e" is a
/// malformed body (400), not a call on another resource later.
/// </summary>
public sealed partial class IdShape(string description, Regex pattern)
{
    /// <summary>X user, tweet and DM ids; Meta page, user, account and phone-number ids; WhatsApp wa_id.</summary>
    public static IdShape Numeric { get; } = new("1 to 20 digits", NumericPattern());

    /// <summary>Facebook and Instagram object ids: "122100000000000001", or parts joined by '_' ("104598765432101_1221").</summary>
    public static IdShape MetaObject { get; } = new("a Meta object id (digits, up to three parts joined by '_')", MetaObjectPattern());

    /// <summary>Messenger and Instagram message ids ("m_AbC…", "aWdfZAG1…"): base64url-like, never '/', '?', '%' or '#'.</summary>
    public static IdShape MetaMessage { get; } = new("a Meta message id (letters, digits and - _ . : = +, up to 512)", MetaMessagePattern());

    /// <summary>WhatsApp Cloud API message ids: "wamid." and base64.</summary>
    public static IdShape WhatsAppMessage { get; } = new("a WhatsApp message id ('wamid.' and base64, up to 512)", WhatsAppMessagePattern());

    /// <summary>VK Callback API event_id: a hex digest.</summary>
    public static IdShape VkEvent { get; } = new("a VK event id (up to 64 letters and digits)", VkEventPattern());

    public string Description => description;

    /// <returns><paramref name="value"/> when it has this shape.</returns>
    /// <exception cref="WebhookFormatException">Naming <paramref name="field"/>, never echoing the value.</exception>
    public string Check(string value, string field) =>
        pattern.IsMatch(value) ? value : throw new WebhookFormatException($"'{field}' is not {description}") { Name = field };

    public override string ToString() => description;

    [GeneratedRegex(@"^[0-9]{1,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^[0-9]{1,20}(_[0-9]{1,20}){0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MetaObjectPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-.:=+]{0,511}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MetaMessagePattern();

    [GeneratedRegex(@"^wamid\.[A-Za-z0-9_\-+/=]{1,512}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WhatsAppMessagePattern();

    [GeneratedRegex(@"^[A-Za-z0-9]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VkEventPattern();
}
