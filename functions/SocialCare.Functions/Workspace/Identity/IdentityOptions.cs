namespace SocialCare.Functions.Workspace.Identity;

/// <summary>Section "Auth": how the app learns who is signed in.</summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Set by Bicep when App Service Authentication runs in front of the app: only then does the app trust an
    /// <c>X-MS-CLIENT-PRINCIPAL</c> header in Azure (Easy Auth strips any a client sends). The local host trusts only
    /// the header its own dev sign-in writes, after removing whatever the client sent.
    /// </summary>
    public bool EasyAuthEnabled { get; set; }

    /// <summary>Where a browser without a session is sent: Easy Auth's Entra login, or the local host's dev sign-in.</summary>
    public string LoginPath { get; set; } = "/.auth/login/aad";
}
