using System.Net;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>
/// The handler as the Functions host starts it, in its own process: the port comes from the host's environment
/// variable (read through configuration since the tests of that mode set it in their settings), never 7071.
/// </summary>
[Trait(Needs.Trait, Needs.Process)]
public sealed class FunctionsHostStartTests
{
    [Fact]
    public async Task The_handler_listens_on_the_port_the_host_names_and_serves_none_of_the_local_stand_ins()
    {
        var port = FreePort.Next();
        using var sut = HandlerProcess.StartAsFunctionsHost(port, new Dictionary<string, string>
        {
            // App settings arrive as environment variables; nothing here is reachable, and start-up needs none of it.
            ["ServiceBusConnection"] = "Endpoint=sb://127.0.0.1:1;SharedAccessKeyName=x;SharedAccessKey=eA==;UseDevelopmentEmulator=true",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Api__FunctionKey"] = "host-start-key",
            ["Listening__Secret"] = "host-start-secret",
            ["Email__SmtpHost"] = "127.0.0.1",
            ["Email__From"] = "socialcare@test.local",
            ["Notifications__DefaultEmail"] = "team@test.local",
            ["Links__SigningKey"] = "host-start-signing-key-0123456789abcdef",
            ["Links__BaseUrl"] = "https://care.test",
            ["Demo__Seed"] = "false",
        });

        await sut.WaitUntilStartedAsync();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        // The Functions host's mode: the local host's stand-ins (here its sign-in page for Easy Auth) are not served.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/.auth/login/dev")).StatusCode);
        Assert.DoesNotContain("7071", sut.Output, StringComparison.Ordinal);
    }
}
