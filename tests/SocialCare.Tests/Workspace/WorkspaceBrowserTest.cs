using Microsoft.Playwright;
using SocialCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SocialCare.Tests.Workspace;

/// <summary>
/// What the workspace's browser test classes share. Each class has its own app and Chromium (<see cref="WorkspaceFixture"/>),
/// so the classes run side by side: in one class the 35 browser tests ran one after another for about a minute, the
/// longest thread of the whole run.
/// </summary>
public abstract class WorkspaceBrowserTest(WorkspaceFixture fixture, ITestOutputHelper output) : IClassFixture<WorkspaceFixture>, IAsyncLifetime
{
    private int _logsBefore;

    protected WorkspaceFixture Fixture => fixture;

    /// <summary>The app's log lines written since this test began.</summary>
    protected IEnumerable<string> LogsOfThisTest => fixture.App.App.Logs.Lines.Skip(_logsBefore);

    public Task InitializeAsync()
    {
        _logsBefore = fixture.App.App.Logs.Lines.Count;
        return Task.CompletedTask;
    }

    // The app's warnings and errors during the test go to its output, which a failure report shows: what the server
    // refused or failed on is then known without running the test again.
    public Task DisposeAsync()
    {
        foreach (var line in LogsOfThisTest.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)))
        {
            output.WriteLine(line);
        }
        return fixture.Chromium.CloseSessionsAsync();
    }

    protected static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var data = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) data.Set(name, value);
        return data;
    }

    protected static string Screenshot(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
