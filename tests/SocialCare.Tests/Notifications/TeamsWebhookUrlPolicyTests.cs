using SocialCare.Core.Notifications;

namespace SocialCare.Tests.Notifications;

public sealed class TeamsWebhookUrlPolicyTests
{
    private static readonly TeamsWebhookUrlPolicy InAzure = new([], allowLoopback: false);

    [Theory]
    [InlineData("https://prod-05.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=x")]
    [InlineData("https://default0a1b2c3d.0d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi")]
    public void Teams_and_workflows_webhook_hosts_are_allowed(string url) => Assert.Null(InAzure.Refusal(url));

    [Theory]
    [InlineData("http://prod-05.westeurope.logic.azure.com/workflows/abc")]
    [InlineData("https://evil.example/hook")]
    [InlineData("https://logic.azure.com.evil.example/hook")]
    [InlineData("https://evilwebhook.office.com/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.16.0.1/hook")]
    [InlineData("https://169.254.169.254/metadata")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[fd12::1]/hook")]
    [InlineData("http://127.0.0.1:7071/dev/teams")]
    [InlineData("http://localhost:7071/dev/teams")]
    [InlineData("https://user:pass@contoso.webhook.office.com/webhookb2/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/hook")]
    public void Everything_else_is_refused_in_azure(string url) => Assert.NotNull(InAzure.Refusal(url));

    [Fact]
    public void Loopback_is_allowed_only_in_the_local_host_and_private_addresses_never()
    {
        var sut = new TeamsWebhookUrlPolicy([], allowLoopback: true);

        Assert.Null(sut.Refusal("http://127.0.0.1:7071/dev/teams"));
        Assert.Null(sut.Refusal("http://localhost:5000/hook"));
        Assert.NotNull(sut.Refusal("http://192.168.0.10/hook"));
        Assert.NotNull(sut.Refusal("https://10.0.0.1/hook"));
    }

    [Fact]
    public void An_operator_can_add_hosts_exactly_or_with_their_subdomains()
    {
        var sut = new TeamsWebhookUrlPolicy(["hooks.contoso.test", "*.logic.azure.us"], allowLoopback: false);

        Assert.Null(sut.Refusal("https://hooks.contoso.test/x"));
        Assert.Null(sut.Refusal("https://prod-01.usgovvirginia.logic.azure.us/workflows/x"));
        Assert.NotNull(sut.Refusal("https://other.contoso.test/x"));
        Assert.Contains("Teams:AllowedHosts", sut.Refusal("https://other.contoso.test/x"), StringComparison.Ordinal);
    }
}
