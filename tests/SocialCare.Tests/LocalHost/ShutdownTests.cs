using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Azure.Storage.Queues;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.LocalHost;

/// <summary>The real handler, as its own process on Azurite, stopped with SIGINT as Ctrl-C stops it.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
[Trait(Needs.Trait, Needs.Process)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task An_idle_handler_exits_with_code_zero_within_two_seconds_of_sigint()
    {
        var azurite = await Azurite.SharedAsync();
        await using var smtp = new SmtpSink();
        using var sut = HandlerProcess.Start(FreePort.Next(), Settings(azurite, smtp, Prefix()));
        await sut.WaitUntilStartedAsync();

        var clock = Stopwatch.StartNew();
        sut.Interrupt();
        var exitCode = await sut.WaitForExitAsync(TimeSpan.FromSeconds(30));
        clock.Stop();

        Assert.True(exitCode == 0, $"Exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (still running)"}:{Environment.NewLine}{sut.Output}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Stopped after {clock.Elapsed.TotalSeconds:0.00} s.");
    }

    [Fact]
    public async Task A_message_in_flight_at_sigint_is_finished_before_the_handler_exits()
    {
        var azurite = await Azurite.SharedAsync();
        await using var smtp = new SmtpSink { ReplyDelay = TimeSpan.FromSeconds(1.5) };
        var prefix = Prefix();
        using var sut = HandlerProcess.Start(FreePort.Next(), Settings(azurite, smtp, prefix));
        await sut.WaitUntilStartedAsync();
        await PostMentionAsync(sut.Port, "drain-1", "Paczka zaginęła, proszę o pomoc");
        await WaitUntilAsync(() => smtp.Held > 0, "the notification email to be under way");

        var clock = Stopwatch.StartNew();
        sut.Interrupt();
        var exitCode = await sut.WaitForExitAsync(TimeSpan.FromSeconds(30));
        clock.Stop();

        Assert.True(exitCode == 0, $"Exit code {exitCode}:{Environment.NewLine}{sut.Output}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Draining took {clock.Elapsed.TotalSeconds:0.00} s, longer than Queues:DrainSeconds.");
        var mail = Assert.Single(smtp.Messages);
        Assert.Contains("Paczka zaginęła", mail.TextBody, StringComparison.Ordinal);
        // Completed, not left for redelivery: every queue of the pipeline is empty, invisible messages included.
        foreach (var queue in QueueNames.All) Assert.Equal(0, await CountAsync(azurite, prefix, queue));
    }

    [Fact]
    public async Task A_message_still_running_when_the_drain_bound_is_spent_is_given_back_and_delivered_after_restart()
    {
        var azurite = await Azurite.SharedAsync();
        await using var smtp = new SmtpSink { Stalling = true };
        var prefix = Prefix();
        var settings = Settings(azurite, smtp, prefix);
        settings["Queues__DrainSeconds"] = "1";
        // Far longer than the wait below: only a message given back at shutdown is delivered again that soon.
        settings["Queues__LockSeconds"] = "120";
        var port = FreePort.Next();
        using (var first = HandlerProcess.Start(port, settings))
        {
            await first.WaitUntilStartedAsync();
            await PostMentionAsync(port, "drain-2", "Zamówienie nie dotarło, a pieniądze pobrane!");
            await WaitUntilAsync(() => smtp.Held > 0, "the notification email to be under way");

            var clock = Stopwatch.StartNew();
            first.Interrupt();
            var exitCode = await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            clock.Stop();

            Assert.True(exitCode == 0, $"Exit code {exitCode}:{Environment.NewLine}{first.Output}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"Stopped after {clock.Elapsed.TotalSeconds:0.00} s with a 1 s drain bound.");
            Assert.Empty(smtp.Messages);
        }

        smtp.Stalling = false;
        using var second = HandlerProcess.Start(port, settings);
        var mail = await smtp.WaitForAsync(1, TimeSpan.FromSeconds(30));

        Assert.True(mail.Count == 1, "Not delivered after restart:" + Environment.NewLine + second.Output);
        Assert.Contains("Zamówienie nie dotarło", mail[0].TextBody, StringComparison.Ordinal);
    }

    private static string Prefix() => "stop" + Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, string> Settings(Azurite azurite, SmtpSink smtp, string prefix) => new()
    {
        ["Storage__ConnectionString"] = azurite.ConnectionString,
        ["Storage__NamePrefix"] = prefix,
        ["Email__SmtpHost"] = "127.0.0.1",
        ["Email__SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Listening__Secret"] = TestApp.ListeningSecret,
        ["Queues__MaxPollMilliseconds"] = "50",
        ["Demo__Seed"] = "false",
    };

    private static async Task PostMentionAsync(int port, string id, string text)
    {
        var body = Mentions.Body(Mentions.One(id, text, authorId: id + "-user"));
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/api/webhooks/listening") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-SocialCare-Signature", TestApp.Sign(body));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(45)) throw new TimeoutException("Waited in vain for " + what + ".");
            await Task.Delay(20);
        }
    }

    private static async Task<int> CountAsync(Azurite azurite, string prefix, string queue)
    {
        var client = new QueueClient(azurite.ConnectionString, $"{prefix}-{queue}");
        return (await client.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }
}
