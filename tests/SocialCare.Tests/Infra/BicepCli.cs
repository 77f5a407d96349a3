using System.Diagnostics;
using System.Reflection;

namespace SocialCare.Tests.Infra;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64); the build writes its package folder
/// into the test assembly's metadata, so nothing is downloaded by hand.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string ExecutablePath { get; } = Locate();

    public static BicepResult Run(params string[] arguments)
    {
        Infrastructure.Needs.Refuse(Infrastructure.Needs.Bicep);
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, and no attempt to reach the network from a test.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran longer than {Timeout}.");
        }

        return new BicepResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var directory = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepCliDirectory")?.Value;
        if (string.IsNullOrEmpty(directory))
        {
            throw new InvalidOperationException(
                "BicepCliDirectory is missing from the test assembly: restore tests/SocialCare.Tests (PackageReference Azure.Bicep.CommandLine.linux-x64).");
        }

        var path = System.IO.Path.Combine(directory, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The restored Bicep package has no tools/bicep.", path);
        }

        // NuGet extracts without the execute bit for group and others, and sometimes without it at all.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }
}
