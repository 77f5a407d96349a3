using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

/// <summary>The real app with a Teams listener, a directory (first-line, crisis, agent "ola"), fixed links and crisis episodes.</summary>
public sealed class NotifyApp : IAsyncDisposable
{
    private NotifyApp(TestApp app, FakeTeamsWebhook teams, InMemoryCrisisEpisodes episodes)
    {
        App = app;
        Teams = teams;
        Episodes = episodes;
    }

    public TestApp App { get; }
    public FakeTeamsWebhook Teams { get; }
    public InMemoryCrisisEpisodes Episodes { get; }

    public static async Task<NotifyApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var teams = await FakeTeamsWebhook.StartAsync();
        var episodes = new InMemoryCrisisEpisodes();
        var directory = new InMemoryTeamDirectory(
            [InMemoryTeamDirectory.Team("first-line", teams.Url, "care@test.local"), InMemoryTeamDirectory.Team("care", teams.Url, "care@test.local"), InMemoryTeamDirectory.Team("crisis", teams.Url, "crisis@test.local")],
            [new Agent("ola", "Ola Kowalska", "ola@test.local", ["first-line"], ["pl"], 5, true, NotificationPreference.Email)]);
        var app = await TestApp.StartAsync(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Teams:BaseDelayMilliseconds"] = "10", ["Teams:MaxAttempts"] = "2" },
            s =>
            {
                s.AddSingleton<ITeamDirectory>(directory);
                s.AddSingleton<IActionLinks, FixedLinks>();
                s.AddSingleton<ICrisisEpisodes>(episodes);
            });
        return new NotifyApp(app, teams, episodes);
    }

    public async Task SaveAsync(Conversation conversation, params ConversationMessage[] messages) =>
        await App.Services.GetRequiredService<IConversationStore>().SaveAsync(conversation, null, messages, CancellationToken.None);

    public async Task NotifyAsync(NotifyMessage message)
    {
        var queue = App.Queue(QueueNames.Notify);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage)));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
