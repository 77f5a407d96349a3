using System.Diagnostics;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Packaging;

/// <summary>Runs <c>./run publish DIR</c> once for the package tests.</summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "socialcare-publish-" + Guid.NewGuid().ToString("N")[..8]);
    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Needs.Refuse(Needs.Publish);
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "run"), "publish", Directory])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Output = await stdout + await stderr;
        if (process.ExitCode != 0) throw new InvalidOperationException($"./run publish failed ({process.ExitCode}):\n{Output}");
    }

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
