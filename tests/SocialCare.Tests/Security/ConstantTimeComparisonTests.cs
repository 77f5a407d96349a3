using System.Text.RegularExpressions;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Security;

/// <summary>
/// A source scan: secrets, signatures and keys are compared with CryptographicOperations.FixedTimeEquals, never with
/// ==, != or Equals, whose early exit leaks how much of a guess was right. Null and emptiness checks are fine.
/// </summary>
public sealed partial class ConstantTimeComparisonTests
{
    private static readonly string[] Roots = ["functions/SocialCare.Adapters", "functions/SocialCare.Functions"];

    [Fact]
    public void No_secret_or_signature_is_compared_with_an_ordinary_equality()
    {
        var offending = SourceLines()
            .Where(l => OrdinaryComparison().IsMatch(l.Text) && !NullCheck().IsMatch(l.Text) && !l.Text.Contains("FixedTimeEquals", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Signature_checks_go_through_fixed_time_equals()
    {
        var fixedTime = SourceLines().Where(l => l.Text.Contains("CryptographicOperations.FixedTimeEquals", StringComparison.Ordinal)).ToList();

        Assert.Contains(fixedTime, l => l.File.EndsWith("SignatureComparer.cs", StringComparison.Ordinal));
        Assert.Contains(fixedTime, l => l.File.EndsWith("FunctionKeyMiddleware.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_recognises_an_ordinary_comparison_of_a_secret()
    {
        Assert.Matches(OrdinaryComparison(), "if (given == options.AppSecret) return true;");
        Assert.Matches(OrdinaryComparison(), "return header.Equals(expectedSignature);");
        Assert.Matches(OrdinaryComparison(), "string.Equals(token, options.SecretToken, StringComparison.Ordinal)");
        Assert.DoesNotMatch(NullCheck(), "if (given == options.AppSecret) return true;");
    }

    private static IEnumerable<(string File, int Line, string Text)> SourceLines() =>
        Roots.SelectMany(root => Directory.GetFiles(Path.Combine(RepoPaths.Root, root), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(RepoPaths.Root, f), i + 1, text)));

    [GeneratedRegex(@"(?i)(secret|signature|token|functionkey|signingkey|apikey|password)\w*\)?\s*(==|!=)\s*[^n\s]|[^\s]\s*(==|!=)\s*[\w.]*(secret|signature|token|functionkey|signingkey|apikey|password)|equals\([^)]*(secret|signature|token|functionkey|signingkey|apikey|password)")]
    private static partial Regex OrdinaryComparison();

    [GeneratedRegex(@"(==|!=)\s*null\b|is\s+(not\s+)?null|IsNullOrEmpty")]
    private static partial Regex NullCheck();
}
