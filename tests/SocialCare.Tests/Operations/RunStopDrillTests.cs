using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>The <c>run-stop</c> drill, small, through the real <c>./run</c> (see <see cref="RunScriptDrillTests"/>).</summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class RunStopDrillTests : RunScriptDrillTests
{
    [Fact]
    public async Task Run_stopped_with_sigterm_mid_burst_saves_the_emulators_and_loses_no_acknowledged_event_after_a_restart()
    {
        var (exit, output) = await DrillAsync("run-stop");

        Assert.True(exit == 0, output);
        Assert.Contains("Stopped azurite-table (saved to", output, StringComparison.Ordinal);
        Assert.Matches(@"SIGTERM to \./run after \d+ requests \(\d+ events acknowledged\): exit 143 .* saved and stopped", output);
        Assert.Matches(@"run-stop: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }
}
