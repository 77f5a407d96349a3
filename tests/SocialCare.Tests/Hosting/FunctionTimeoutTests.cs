using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>
/// Issue 13, point 7: the local host cancels an invocation at host.json's functionTimeout, as the Functions host
/// does, so no sender outlives the lease of the claim it holds.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class FunctionTimeoutTests : IAsyncLifetime
{
    private readonly HangingTeamsChannel _teams = new();
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { ["Teams:DefaultWebhookUrl"] = "https://prod-01.westeurope.logic.azure.com/workflows/hook" },
        s =>
        {
            s.AddSingleton(new FunctionTimeout(TimeSpan.FromSeconds(1)));
            s.AddSingleton<ITeamsChannel>(_teams);
        });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_notify_invocation_that_outlives_the_function_timeout_is_cancelled_by_the_local_host()
    {
        var queue = _app.Queue(QueueNames.Notify);
        await queue.CreateIfNotExistsAsync();
        var message = new NotifyMessage(NotifyMessage.CurrentVersion, "announce:page-9:2026-11-24T20:00", NotificationKind.AnnouncementFailed, Detail: "page-9/closing/token expired");
        await queue.SendMessageAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage)));

        var cancelled = await _teams.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The pump logs once the cancelled invocation has unwound.
        for (var i = 0; i < 200 && !TimedOutLogged(); i++) await Task.Delay(50);

        Assert.True(cancelled);
        Assert.True(TimedOutLogged());
    }

    private bool TimedOutLogged() => _app.Logs.Lines.Any(l => l.Contains("ran past the function timeout", StringComparison.Ordinal));

    /// <summary>A Teams post that never answers, as a webhook hanging past every timeout would.</summary>
    private sealed class HangingTeamsChannel : ITeamsChannel
    {
        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task PostAsync(string webhookUrl, Notice notice, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                Cancelled.TrySetResult(cancellationToken.IsCancellationRequested);
            }
        }
    }
}
