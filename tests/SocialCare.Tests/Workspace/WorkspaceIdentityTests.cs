using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NSubstitute;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Functions.LocalHost;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Workspace;

/// <summary>Who the workspace thinks is signed in: Easy Auth's header, trusted only when Easy Auth is on.</summary>
public sealed class WorkspaceIdentityTests
{
    private static readonly Agent Anna = new("anna", "Anna Kowalska", "anna@brand.test", ["care"], ["pl"], 5, true);
    private static readonly Agent Sam = new("sam", "Sam", "sam@brand.test", ["care"], ["en"], 5, false, ObjectId: "0f4c7b36-9d7e-4d3c-9a55-2d0a3c1b2e11", Role: AgentRole.Supervisor);

    [Fact]
    public async Task The_header_is_matched_to_an_agent_by_email_in_any_case()
    {
        var sut = Identity(easyAuth: true);

        var (_, user) = await sut.ResolveAsync(Request(Principal(("preferred_username", "ANNA@Brand.test"))), CancellationToken.None);

        Assert.Equal("anna", user?.Id);
        Assert.False(user!.IsSupervisor);
    }

    [Fact]
    public async Task The_entra_object_id_finds_the_agent_whatever_the_email_says_and_the_record_makes_a_supervisor()
    {
        var sut = Identity(easyAuth: true);

        var (_, user) = await sut.ResolveAsync(Request(Principal((ClientPrincipal.ObjectIdClaim, Sam.ObjectId!), (ClaimTypes.Email, "someone.else@brand.test"))), CancellationToken.None);

        Assert.Equal("sam", user?.Id);
        Assert.True(user!.IsSupervisor);
    }

    [Fact]
    public async Task A_supervisor_app_role_in_the_token_makes_a_supervisor()
    {
        var sut = Identity(easyAuth: true);

        var (_, user) = await sut.ResolveAsync(Request(Principal((ClaimTypes.Email, "anna@brand.test"), (ClaimTypes.Role, "Supervisor"))), CancellationToken.None);

        Assert.True(user!.IsSupervisor);
    }

    [Fact]
    public async Task Without_easy_auth_the_header_is_not_trusted()
    {
        var sut = Identity(easyAuth: false);

        var (principal, user) = await sut.ResolveAsync(Request(Principal(("preferred_username", "anna@brand.test"))), CancellationToken.None);

        Assert.Null(principal);
        Assert.Null(user);
    }

    [Fact]
    public async Task A_signed_in_person_without_an_agent_record_has_a_principal_and_no_agent()
    {
        var (principal, user) = await Identity(easyAuth: true).ResolveAsync(Request(Principal(("preferred_username", "nobody@brand.test"))), CancellationToken.None);

        Assert.Equal("nobody@brand.test", principal?.Email);
        Assert.Null(user);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("e30=")]
    [InlineData("bnVsbA==")]
    public void A_header_that_is_not_a_principal_reads_as_nobody(string header) => Assert.Null(ClientPrincipal.Decode(header));

    [Theory]
    [InlineData("/inbox/conversations/x?view=all", "/inbox/conversations/x?view=all")]
    [InlineData("https://evil.example/", "/inbox")]
    [InlineData("//evil.example/", "/inbox")]
    [InlineData("/\\evil.example/", "/inbox")]
    [InlineData(null, "/inbox")]
    public void After_sign_in_only_a_path_on_this_site_is_followed(string? asked, string followed) => Assert.Equal(followed, DevEasyAuth.LocalPath(asked));

    private static WorkspaceIdentity Identity(bool easyAuth)
    {
        var directory = Substitute.For<ITeamDirectory>();
        directory.ListAgentsAsync(null, Arg.Any<CancellationToken>()).Returns([Anna, Sam]);
        return new WorkspaceIdentity(Options.Create(new IdentityOptions { EasyAuthEnabled = easyAuth }), directory);
    }

    private static string Principal(params (string Type, string Value)[] claims) =>
        new ClientPrincipal("aad", [.. claims.Select(c => new ClientPrincipalClaim(c.Type, c.Value))], "name", ClaimTypes.Role).Encode();

    private static DefaultHttpContext Request(string header)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[ClientPrincipal.Header] = header;
        return http;
    }
}

/// <summary>The workspace's gate over HTTP, in the local host: the sign-in redirect, and a forged principal ignored.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class WorkspaceGateTests(IdleAppFixture shared) : IClassFixture<IdleAppFixture>
{
    [Fact]
    public async Task Without_a_session_the_inbox_sends_the_browser_to_the_local_sign_in()
    {
        using var client = NoRedirects();

        using var response = await client.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/.auth/login/dev?post_login_redirect_uri=/inbox", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_client_principal_header_sent_by_the_client_is_ignored_locally()
    {
        (await shared.Sut.Client.PutAsync("/api/agents/forged", System.Net.Http.Json.JsonContent.Create(new { name = "F", email = "forged@brand.test", teams = new[] { "care" }, capacity = 2, role = "supervisor" }))).EnsureSuccessStatusCode();
        using var client = NoRedirects();
        var forged = new ClientPrincipal("aad", [new(ClaimTypes.Email, "forged@brand.test")]).Encode();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/inbox?view=all");
        request.Headers.Add(ClientPrincipal.Header, forged);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/.auth/login/dev", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_form_without_its_antiforgery_token_signs_nobody_in()
    {
        using var client = NoRedirects();

        using var response = await client.PostAsync("/.auth/login/dev", new FormUrlEncodedContent([new("email", "anna@demo.localhost.test")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(DevEasyAuth.CookieName, StringComparison.Ordinal)));
    }

    private HttpClient NoRedirects() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = shared.Sut.Anonymous.BaseAddress };
}
