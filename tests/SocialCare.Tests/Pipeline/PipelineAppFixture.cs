using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>One real app (triggers running) shared by a test class whose tests use their own customers and threads.</summary>
public sealed class PipelineAppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:MaxDeliveryCount"] = "3" });

    public async Task DisposeAsync() => await App.DisposeAsync();
}
