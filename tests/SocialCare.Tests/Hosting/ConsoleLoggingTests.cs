using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>What a newcomer reads in ./run's console: the app's own lines, not four framework blocks per request.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ConsoleLoggingTests(DefaultLoggingApp fixture) : IClassFixture<DefaultLoggingApp>
{
    [Fact]
    public void Requests_in_and_out_leave_no_information_from_aspnetcore_or_httpclient()
    {
        var framework = fixture.App.Logs.Lines.Where(line => line.StartsWith("Information Microsoft.AspNetCore", StringComparison.Ordinal)
            || line.StartsWith("Information System.Net.Http", StringComparison.Ordinal)).ToList();

        Assert.True(framework.Count == 0, string.Join(Environment.NewLine, framework));
    }

    [Fact]
    public void The_apps_own_lines_and_now_listening_on_remain_at_information()
    {
        Assert.Contains(fixture.App.Logs.Lines, line => line.StartsWith("Information SocialCare.Functions.LocalHost.LocalTriggerHost: Local host drives Classify", StringComparison.Ordinal));
        Assert.Contains(fixture.App.Logs.Lines, line => line.StartsWith("Information Microsoft.Hosting.Lifetime: Now listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_setting_brings_the_framework_lines_back()
    {
        await using var sut = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            ["Logging:LogLevel:System.Net.Http"] = "Information",
        });

        await DefaultLoggingApp.MakeRequestsAsync(sut);

        Assert.Contains(sut.Logs.Lines, line => line.StartsWith("Information Microsoft.AspNetCore.Hosting.Diagnostics: Request starting", StringComparison.Ordinal));
        Assert.Contains(sut.Logs.Lines, line => line.StartsWith("Information System.Net.Http.HttpClient", StringComparison.Ordinal));
    }
}
