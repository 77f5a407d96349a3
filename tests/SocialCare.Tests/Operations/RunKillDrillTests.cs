using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>The <c>run-kill</c> drill, small, through the real <c>./run</c> (see <see cref="RunScriptDrillTests"/>).</summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class RunKillDrillTests : RunScriptDrillTests
{
    [Fact]
    public async Task A_run_killed_mid_burst_leaves_its_app_and_emulators_to_the_next_run_which_stops_them_and_loses_nothing()
    {
        var (exit, output) = await DrillAsync("run-kill");

        Assert.True(exit == 0, output);
        Assert.Contains("its app and emulators left running", output, StringComparison.Ordinal);
        Assert.Contains("stopped the app and emulators left behind, and started its own", output, StringComparison.Ordinal);
        Assert.Matches(@"run-kill: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }
}
