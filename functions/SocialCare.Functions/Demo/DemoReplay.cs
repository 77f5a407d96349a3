using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialCare.Adapters.Webhooks;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Demo;

/// <summary>
/// <c>handler demo --url http://localhost:7071</c>: posts the bundled Polish, Russian and English events to the running
/// app, signed with the same settings the app uses, then shows the conversations they became.
/// </summary>
public static class DemoReplay
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--url");
        var baseUrl = new Uri(at >= 0 && at + 1 < args.Length ? args[at + 1] : "http://localhost:7071");
        var settings = DemoSettings.Load();
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("x-functions-key", settings("Api:FunctionKey"));

        using var file = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Demo", "demo-events.json")));
        var sent = 0;
        foreach (var entry in file.RootElement.GetProperty("events").EnumerateArray())
        {
            var webhook = entry.GetProperty("webhook").GetString()!;
            var body = Encoding.UTF8.GetBytes(entry.GetProperty("body").GetRawText());
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{webhook}") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            Sign(request, webhook, body, settings);
            using var response = await http.SendAsync(request);
            Console.WriteLine($"  {webhook,-10} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (response.IsSuccessStatusCode) sent++;
        }

        Console.WriteLine($"Sent {sent} demo webhooks; waiting for the pipeline…");
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(500);
            var page = await http.GetFromJsonAsync<JsonElement>("/api/conversations?limit=200");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count >= sent - 1 || i == 39)
            {
                foreach (var c in items.Take(20))
                {
                    Console.WriteLine($"  {c.GetProperty("platform").GetString(),-10} {c.GetProperty("team").GetString(),-11} {c.GetProperty("priority").GetProperty("label").GetString()} {c.GetProperty("customer").GetProperty("name").GetString()}");
                }
                Console.WriteLine($"{items.Count} conversations at {baseUrl}api/conversations; emails at http://localhost:1080");
                Console.WriteLine($"The inbox: {baseUrl}inbox (sign in as anna@demo.localhost.test, or maria@demo.localhost.test to supervise)");
                return 0;
            }
        }
        return 1;
    }

    private static void Sign(HttpRequestMessage request, string webhook, byte[] body, Func<string, string> settings)
    {
        switch (webhook)
        {
            case "listening":
                request.Headers.Add("X-SocialCare-Signature", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(settings("Listening:Secret"), body)));
                break;
            case "meta":
                request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(settings("Meta:AppSecret"), body)));
                break;
            case "telegram":
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", settings("Telegram:SecretToken"));
                break;
        }
    }
}
