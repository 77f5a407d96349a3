using SocialCare.Functions.Hosting;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>As the Functions host does, AzureFunctionsJobHost__functionTimeout overrides host.json's functionTimeout.</summary>
public sealed class FunctionTimeoutOverrideTests
{
    [Fact]
    public void Host_json_gives_five_minutes_and_the_app_setting_overrides_it()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), FunctionTimeout.Read(RepoPaths.Root).Length);
        Assert.Equal(TimeSpan.FromSeconds(20), FunctionTimeout.Read(RepoPaths.Root, "00:00:20").Length);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-00:01:00")]
    public void A_bad_override_fails_start_up_naming_the_setting(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => FunctionTimeout.Read(RepoPaths.Root, value));

        Assert.Contains("AzureFunctionsJobHost:functionTimeout", e.Message, StringComparison.Ordinal);
    }
}
