using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Bench;

/// <summary>The platform secrets every drill configures on the app and signs its webhooks with.</summary>
internal static class DrillSecrets
{
    public const string MetaAppSecret = "drill-meta-app-secret";
    public const string TelegramSecretToken = "drill-telegram-secret-token";
    public const long TelegramBotId = 7000000001;
    public const string VkSecret = "drill-vk-secret";
    public const long VkGroupId = 218765432;
    public const string MetaPageId = "104598765432101";

    /// <summary>Settings as configuration keys ("Section:Key"); turn ':' into "__" for environment variables.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Meta:AppSecret"] = MetaAppSecret,
        ["Telegram:SecretToken"] = TelegramSecretToken,
        ["Telegram:BotId"] = TelegramBotId.ToString(CultureInfo.InvariantCulture),
        ["Vk:Secret"] = VkSecret,
        ["Demo:Seed"] = "false",
        ["Telemetry:Console"] = "false",
    };

    /// <summary>
    /// The app reads Telemetry:Console while it is being built, before a bench's in-memory settings are added, so
    /// an in-process drill turns the console trace exporter off through the environment.
    /// </summary>
    public static void QuietTelemetry() => Environment.SetEnvironmentVariable("Telemetry__Console", "false");

    public static string MetaSignature(byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(MetaAppSecret), body));
}
