using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>The <c>emulator-stop</c> drill, small, through the real <c>./run</c> (see <see cref="RunScriptDrillTests"/>).</summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class EmulatorStopDrillTests : RunScriptDrillTests
{
    [Fact]
    public async Task Emulators_stopped_mid_burst_are_started_again_by_run_and_no_acknowledged_event_is_lost_or_told_twice()
    {
        var (exit, output) = await DrillAsync("emulator-stop");

        Assert.True(exit == 0, output);
        Assert.Contains("azurite-table exited with code", output, StringComparison.Ordinal);
        Assert.Contains("azurite-queue exited with code", output, StringComparison.Ordinal);
        Assert.Contains("maildev exited with code", output, StringComparison.Ordinal);
        Assert.Contains("restarted every emulator", output, StringComparison.Ordinal);
        Assert.Contains("the app kept running (same pid)", output, StringComparison.Ordinal);
        Assert.Matches(@"emulator-stop: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }
}
