using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Core.Events;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Tests.Workspace;

/// <summary>How each kind of attachment reads in the thread, rendered as the page renders it.</summary>
public sealed class AttachmentsComponentTests
{
    [Fact]
    public async Task Images_are_thumbnails_other_links_are_named_and_media_without_a_link_says_where_it_is()
    {
        var html = await RenderAsync(new Dictionary<string, object?>
        {
            ["Items"] = new MediaRef[]
            {
                new(MediaKind.Image, "https://cdn.example/a.jpg?x=1&y=2"),
                new(MediaKind.File, "https://cdn.example/doc", "Faktura <5512>.pdf"),
                new(MediaKind.Video, "https://video.example/v.mp4"),
                new(MediaKind.Image, PlatformRef: "AgACAgIAAxkBAAIVWm"),
                new(MediaKind.Sticker, Name: "😡", PlatformRef: "CAACAgIAAxkBAAIVXG"),
            },
            ["Platform"] = "telegram",
        });

        Assert.Contains("""<a href="https://cdn.example/a.jpg?x=1&amp;y=2" rel="noopener noreferrer" target="_blank"><img src="https://cdn.example/a.jpg?x=1&amp;y=2" alt="Image the customer sent" loading="lazy" """, html, StringComparison.Ordinal);
        Assert.Contains(""">Faktura &lt;5512&gt;.pdf</a>""", html, StringComparison.Ordinal);
        Assert.Contains(""">Video</a>""", html, StringComparison.Ordinal);
        Assert.Contains("Photo (kept on Telegram)", html, StringComparison.Ordinal);
        Assert.Contains("Sticker 😡 (kept on Telegram)", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_platform_the_line_names_none_and_without_items_nothing_renders()
    {
        Assert.Contains("Photo (kept on the platform)", await RenderAsync(new Dictionary<string, object?> { ["Items"] = new MediaRef[] { new(MediaKind.Image) } }), StringComparison.Ordinal);
        Assert.Equal("", (await RenderAsync(new Dictionary<string, object?> { ["Items"] = null })).Trim());
    }

    private static async Task<string> RenderAsync(Dictionary<string, object?> parameters)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<Attachments>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
