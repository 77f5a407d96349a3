using System.Collections.Concurrent;
using System.Diagnostics;
using SocialCare.Functions.Telemetry;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Telemetry;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class TracePropagationTests
{
    [Fact]
    public async Task One_trace_runs_from_the_webhook_through_classify_route_and_notify()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PipelineTelemetry.Name || s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await TestApp.StartAsync();

        await app.PostMentionsAsync(Mentions.Body(Mentions.One("trace-1", "Where is my parcel?", authorId: "trace-user")));
        await app.Smtp.WaitForAsync(1);
        await app.DrainedAsync();

        var chains = activities.Where(a => a.OperationName == "Notify").Select(notify => activities.Where(a => a.TraceId == notify.TraceId).ToList());
        Assert.Contains(chains, chain =>
            chain.Any(a => a.OperationName == "Classify")
            && chain.Any(a => a.OperationName == "Route")
            && chain.Any(a => a.OperationName == "Webhook listening"));
    }
}
