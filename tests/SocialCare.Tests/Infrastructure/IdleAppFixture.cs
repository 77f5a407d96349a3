namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// One app with its triggers off (nothing runs in the background), shared by a test class whose tests only read, or
/// are refused before anything is stored.
/// </summary>
public sealed class IdleAppFixture : IAsyncLifetime
{
    public TestApp Sut { get; private set; } = null!;

    public async Task InitializeAsync() => Sut = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" });

    public async Task DisposeAsync() => await Sut.DisposeAsync();
}
