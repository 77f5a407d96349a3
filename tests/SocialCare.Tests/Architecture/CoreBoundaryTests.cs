using System.Text.RegularExpressions;
using SocialCare.Tests.Infra;

namespace SocialCare.Tests.Architecture;

/// <summary>
/// The core is records and pure functions: no Azure SDK, no HTTP, no files or console, and time only from the
/// injected TimeProvider. Checked on the compiled references and on the sources, so a new dependency fails here.
/// </summary>
public sealed partial class CoreBoundaryTests
{
    [Fact]
    public void The_core_references_no_azure_sdk_and_no_asp_net_core()
    {
        var references = typeof(SocialCare.Core.Ports.IQueueSender).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Azure.", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_core_sources_do_no_file_or_console_io_and_read_no_clock_of_their_own()
    {
        var offenders = Directory.EnumerateFiles(RepositoryRoot.Combine("functions", "SocialCare.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(File|Directory|Console)\.\w+\(|\bDateTime(Offset)?\.(UtcNow|Now)\b|Environment\.TickCount|Stopwatch\.")]
    private static partial Regex Forbidden();
}
