using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>The <c>app-crash</c> drill, small, through the real <c>./run</c> (see <see cref="RunScriptDrillTests"/>).</summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class AppCrashDrillTests : RunScriptDrillTests
{
    [Fact]
    public async Task An_app_killed_mid_burst_is_restarted_by_run_and_no_acknowledged_event_is_lost_or_told_twice()
    {
        var (exit, output) = await DrillAsync("app-crash");

        Assert.True(exit == 0, output);
        Assert.Contains("app exited with code 137", output, StringComparison.Ordinal);
        Assert.Contains("kept running (same pids)", output, StringComparison.Ordinal);
        Assert.Matches(@"app-crash: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }
}
