using System.Text.Json;
using SocialCare.Functions.Workspace;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Workspace;

/// <summary>The scripts the workspace serves are the ones package.json pins, byte for byte.</summary>
public sealed class WorkspaceAssetsTests
{
    [Fact]
    public void The_served_htmx_is_the_npm_package_pinned_in_package_json()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")));
        var pinned = package.RootElement.GetProperty("devDependencies").GetProperty("htmx.org").GetString();
        var served = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "functions", "SocialCare.Functions", "Workspace", "assets", "htmx.min.js"));
        var installed = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "node_modules", "htmx.org", "dist", "htmx.min.js"));

        Assert.Equal(installed, served);
        Assert.EndsWith("?v=" + pinned, WorkspaceAssets.Htmx, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_served_asset_is_in_the_build_output()
    {
        foreach (var file in WorkspaceAssets.Files.Keys) Assert.True(File.Exists(Path.Combine(WorkspaceAssets.Folder, file)), $"{file} is not copied to the output");
    }
}
