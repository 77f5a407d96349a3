using System.Diagnostics;
using System.Net;
using System.Text;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>The handler as its own process, killed with SIGKILL right after it answered 200, then started again.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Process)]
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_mention_acknowledged_just_before_a_kill_is_still_delivered_after_restart()
    {
        var azurite = await Azurite.SharedAsync();
        await using var smtp = new SmtpSink();
        var port = FreePort.Next();
        var settings = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__NamePrefix"] = "crash" + Guid.NewGuid().ToString("N")[..8],
            ["Email__SmtpHost"] = "127.0.0.1",
            ["Email__SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Listening__Secret"] = TestApp.ListeningSecret,
            ["Queues__LockSeconds"] = "5",
            ["Queues__MaxPollMilliseconds"] = "50",
        };
        var body = Mentions.Body(Mentions.One("crash-1", "Zamówienie nie dotarło, a pieniądze pobrane!", authorId: "crash-user"));

        using (var first = Start(port, settings))
        {
            await WaitUntilServingAsync(port);
            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/api/webhooks/listening") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("X-SocialCare-Signature", TestApp.Sign(body));
            var response = await http.SendAsync(request);
            first.Kill(entireProcessTree: true); // SIGKILL: no graceful shutdown, no flush
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await first.WaitForExitAsync();
        }

        using var second = Start(port, settings);
        try
        {
            var mail = await smtp.WaitForAsync(1, TimeSpan.FromSeconds(45));
            Assert.Single(mail);
            Assert.Contains("Zamówienie nie dotarło", mail[0].TextBody, StringComparison.Ordinal);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(int port, IReadOnlyDictionary<string, string> settings)
    {
        Needs.Refuse(Needs.Process);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "handler.dll"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(SocialCare.Functions.SocialCareApp.HandlerPortSetting);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilServingAsync(int port)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The handler did not start.");
    }
}
