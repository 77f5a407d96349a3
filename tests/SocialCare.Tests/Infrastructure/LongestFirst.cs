using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestCollectionOrderer("SocialCare.Tests.Infrastructure.LongestFirst", "SocialCare.Tests")]

namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// Starts the test classes that take tens of seconds (the workspace's browser tests, three classes of 10-25 browser
/// tests in turn, each with its own app and browser; the ./run drills, each a child process waiting on a burst; the package tests, whose fixture publishes the app
/// for linux-x64, about 30 CPU-seconds) before the rest, so they overlap the hundreds of short ones instead of being the
/// tail of the run. Left in name order, the publish began near the end and ran almost alone for its last 6-10 s, with
/// one core idle. Others keep name order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Long = ["WorkspaceBrowserTests", "WorkspaceComposerBrowserTests", "WorkspaceCaseActionsBrowserTests", "DrillTests", "PublishPackageTests", "PipelineRoundTripTests", "ShutdownTests", "CrashRecoveryTests", "DeferralTests", "RetrainTests", "SecretsInLogsTests", "ServiceBusUnreachableTests", "AttachmentBrowserTests"];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.FindIndex(Long, l => c.DisplayName.Contains(l, StringComparison.Ordinal)) is var i and >= 0 ? i : Long.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
