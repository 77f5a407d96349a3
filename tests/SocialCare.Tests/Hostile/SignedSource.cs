using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Listening;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.Telegram;
using SocialCare.Adapters.Vk;
using SocialCare.Adapters.Webhooks;
using SocialCare.Adapters.X;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// A webhook source built from its options with a known secret, the headers that sign a body for it, and valid
/// payloads to mutate. <see cref="Settings"/> configures a <see cref="TestApp"/> with the same secrets.
/// </summary>
internal sealed record SignedSource(IWebhookSource Source, Func<byte[], IReadOnlyDictionary<string, string>> Sign, IReadOnlyList<byte[]> Fixtures)
{
    public const string MetaSecret = "hostile-meta-app-secret";
    public const string XSecret = "hostile-x-consumer-secret";
    public const string TelegramSecret = "hostile-telegram-secret-token";
    public const string VkSecret = "hostile-vk-secret";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Meta:AppSecret"] = MetaSecret,
        ["Meta:VerifyToken"] = "hostile-verify-token",
        ["X:ConsumerSecret"] = XSecret,
        ["Telegram:SecretToken"] = TelegramSecret,
        ["Telegram:BotUsername"] = "brand_bot",
        ["Vk:Secret"] = VkSecret,
        ["Vk:ConfirmationCode"] = "hostile-confirmation",
    };

    public string Name => Source.Name;

    public override string ToString() => Name;

    public static IReadOnlyList<SignedSource> All(TimeProvider time) =>
    [
        new(new ListeningWebhookSource(Options.Create(new ListeningOptions { Secret = TestApp.ListeningSecret }), time),
            body => Header(ListeningWebhookSource.SignatureHeader, "sha256=" + Hex(TestApp.ListeningSecret, body)),
            [Encoding.UTF8.GetBytes(Mentions.Body(Mentions.One("m1", "Where is my parcel?"), Mentions.One("m2", "Thanks!", thread: null)))]),
        new(new MetaWebhookSource(new MetaOptions { AppSecret = MetaSecret }, time),
            body => Header("X-Hub-Signature-256", "sha256=" + Hex(MetaSecret, body)),
            Load("meta")),
        new(new XWebhookSource(new XOptions { ConsumerSecret = XSecret }, time),
            body => Header("x-twitter-webhooks-signature", "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(XSecret), body))),
            Load("x")),
        new(new TelegramWebhookSource(new TelegramOptions { SecretToken = TelegramSecret, BotUsername = "brand_bot" }, time),
            _ => Header("X-Telegram-Bot-Api-Secret-Token", TelegramSecret),
            Load("telegram")),
        new(new VkWebhookSource(new VkOptions { Secret = VkSecret, ConfirmationCode = "hostile-confirmation" }, time),
            _ => new Dictionary<string, string>(),
            [.. Load("vk").Select(f => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f).Replace("SECRET_PLACEHOLDER", VkSecret, StringComparison.Ordinal)))]),
    ];

    public WebhookRequest Request(byte[] body, IReadOnlyDictionary<string, string>? headers = null, IReadOnlyDictionary<string, string>? query = null) =>
        new(body,
            name => headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value,
            name => query is not null && query.TryGetValue(name, out var v) ? v : null);

    private static IReadOnlyList<byte[]> Load(string platform) => [.. HostileBodies.FixtureFiles(platform).Select(File.ReadAllBytes)];

    private static Dictionary<string, string> Header(string name, string value) => new() { [name] = value };

    private static string Hex(string key, byte[] body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));
}
