using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Security;

/// <summary>
/// Every secret infra/secrets.md lists is set to a recognisable value; the pipeline then runs good and bad requests
/// on every route, and no captured log line may contain any of the values.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed partial class SecretsInLogsTests
{
    [Fact]
    public async Task No_configured_secret_ever_appears_in_the_logs()
    {
        var secrets = SecretSettings().ToDictionary(name => name, Marker);
        Assert.Contains("Listening:Secret", secrets.Keys);
        var settings = secrets.ToDictionary(s => s.Key, s => (string?)s.Value);
        settings["Telegram:BotToken"] = "424242:" + secrets["Telegram:BotToken"];
        settings["Teams:DefaultWebhookUrl"] = "http://127.0.0.1:9/" + secrets["Teams:DefaultWebhookUrl"];
        settings.Remove("Email:Password"); // the SMTP sink offers no AUTH; a password would fail every send
        settings["Api:FunctionKey"] = secrets["Api:FunctionKey"];
        await using var sut = await TestApp.StartAsync(settings);
        sut.Client.DefaultRequestHeaders.Remove("x-functions-key");
        sut.Client.DefaultRequestHeaders.Add("x-functions-key", secrets["Api:FunctionKey"]);

        var body = Mentions.Body(Mentions.One("secret-scan", "Where is my order?"));
        var accepted = await sut.PostMentionsAsync(body, TestApp.Sign(body, secrets["Listening:Secret"]));
        await sut.PostMentionsAsync(body, TestApp.Sign(body, "wrong"));
        await sut.Anonymous.GetAsync("/api/conversations");
        await sut.Anonymous.GetAsync("/api/conversations?code=" + secrets["Api:FunctionKey"][..8]);
        await sut.Client.GetAsync("/api/conversations");
        await sut.Anonymous.GetAsync($"/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1");
        await sut.Anonymous.GetAsync($"/api/webhooks/x?crc_token=abc");
        await Post(sut, "/api/webhooks/telegram", "{\"update_id\":1}", ("X-Telegram-Bot-Api-Secret-Token", "wrong"));
        await Post(sut, "/api/webhooks/vk", "{\"type\":\"confirmation\",\"group_id\":1,\"secret\":\"" + secrets["Vk:Secret"] + "\"}");
        await Post(sut, "/api/webhooks/vk", "{\"type\":\"message_new\",\"group_id\":1,\"secret\":\"wrong\"}");
        await Post(sut, "/api/webhooks/meta", "{\"object\":\"page\",\"entry\":[]}", ("X-Hub-Signature-256", "sha256=00"));
        var mail = await sut.Smtp.WaitForAsync(1);

        Assert.True(accepted.IsSuccessStatusCode);
        Assert.NotEmpty(mail);
        Assert.NotEmpty(sut.Logs.Lines);
        var leaks = sut.Logs.Lines.SelectMany(line => secrets.Where(s => line.Contains(s.Value, StringComparison.Ordinal)).Select(s => $"{s.Key}: {line}")).ToList();
        Assert.Empty(leaks);
    }

    private static Task<HttpResponseMessage> Post(TestApp app, string path, string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return app.Anonymous.SendAsync(request);
    }

    /// <summary>Alphanumeric, 32 characters: valid wherever a token, a base64 key or a URL segment is expected.</summary>
    private static string Marker(string setting) => "Sx" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(15));

    private static IEnumerable<string> SecretSettings()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "secrets.md"));
        var table = text[text.IndexOf("## Key Vault secrets", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        return SettingRow().Matches(table).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"^\| `([A-Za-z]+:[A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex SettingRow();
}
