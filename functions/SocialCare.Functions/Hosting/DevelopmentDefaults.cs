namespace SocialCare.Functions.Hosting;

/// <summary>What the local host uses for settings nobody set: enough to run against Azurite and MailDev.</summary>
public static class DevelopmentDefaults
{
    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>
    {
        ["Api:FunctionKey"] = "dev-function-key",
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Listening:Secret"] = "dev-listening-secret",
        ["Meta:AppSecret"] = "dev-meta-app-secret",
        ["Meta:VerifyToken"] = "dev-meta-verify-token",
        ["X:ConsumerSecret"] = "dev-x-consumer-secret",
        ["Telegram:SecretToken"] = "dev-telegram-secret-token",
        ["Telegram:BotId"] = "7700000001",
        ["Telegram:BotUsername"] = "SocialCareDemoBot",
        ["Vk:Secret"] = "dev-vk-secret",
        ["Vk:ConfirmationCode"] = "dev-vk-confirmation",
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = "1025",
        ["Email:From"] = "socialcare@localhost.test",
        ["Notifications:DefaultEmail"] = "care-team@localhost.test",
        ["Links:SigningKey"] = "dev-links-signing-key",
        ["Links:BaseUrl"] = "http://localhost:7071",
        ["Demo:Seed"] = "true",
    };
}
