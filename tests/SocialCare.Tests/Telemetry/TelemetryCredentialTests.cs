using Azure.Identity;
using SocialCare.Functions.Telemetry;

namespace SocialCare.Tests.Telemetry;

public sealed class TelemetryCredentialTests
{
    [Fact]
    public void Without_an_authentication_string_the_exporter_sends_with_the_connection_string_alone()
    {
        Assert.Null(TelemetryCredential.From(null));
        Assert.Null(TelemetryCredential.From(""));
    }

    [Fact]
    public void Authorization_aad_with_a_client_id_sends_as_that_managed_identity()
    {
        var sut = TelemetryCredential.From("Authorization=AAD;ClientId=00000000-0000-0000-0000-000000000001");

        Assert.IsType<ManagedIdentityCredential>(sut);
    }

    [Fact]
    public void Any_other_authorization_stops_the_start_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TelemetryCredential.From("Authorization=Key"));

        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", error.Message, StringComparison.Ordinal);
    }
}
