namespace SocialCare.Functions.Workspace;

/// <summary>
/// The workspace's static files, served by the Inbox function itself (no CDN): a small stylesheet, htmx (npm
/// htmx.org, pinned in package.json; the committed copy is checked against it) and the keyboard shortcuts.
/// </summary>
public static class WorkspaceAssets
{
    public const string Prefix = "/inbox/assets/";
    public const string Stylesheet = Prefix + "workspace.css?v=1";
    public const string Htmx = Prefix + "htmx.min.js?v=2.0.11";
    public const string Script = Prefix + "workspace.js?v=1";

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["workspace.css"] = "text/css; charset=utf-8",
        ["htmx.min.js"] = "text/javascript; charset=utf-8",
        ["workspace.js"] = "text/javascript; charset=utf-8",
    };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Workspace", "assets");
}
