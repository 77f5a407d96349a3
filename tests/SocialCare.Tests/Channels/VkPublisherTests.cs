using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Vk;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

public sealed class VkPublisherTests : IAsyncLifetime
{
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    private VkPublisher Sut() => new(api.Client("method/"), ChannelSettings.Credentials(("Channels:vk-2187:AccessToken", "community-token")),
        new FakeTimeProvider(), new VkOptions { ApiVersion = "5.199" });

    private static Dictionary<string, string> Form(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task Dm_calls_messages_send_with_token_version_peer_and_random_id()
    {
        api.Reply(200, """{"response":1735}""");

        var result = await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Dm, "Чек отправлен", ConversationId: "dm:412345678"), default);

        Assert.Equal("1735", result.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal(("POST", "/method/messages.send"), (call.Method, call.PathAndQuery));
        var form = Form(call.Body);
        Assert.Equal("community-token", form["access_token"]);
        Assert.Equal("5.199", form["v"]);
        Assert.Equal("412345678", form["peer_id"]);
        Assert.Equal("Чек отправлен", form["message"]);
        Assert.True(int.Parse(form["random_id"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Reply_comments_on_the_community_post_as_the_community()
    {
        api.Reply(200, """{"response":{"comment_id":4472,"parents_stack":[]}}""");

        var result = await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Reply, "Скоро!", InReplyTo: "4471", ConversationId: "post:1203"), default);

        Assert.Equal("4472", result.PlatformId);
        var form = Form(Assert.Single(api.Requests).Body);
        Assert.Equal("-2187", form["owner_id"]);
        Assert.Equal("1203", form["post_id"]);
        Assert.Equal("4471", form["reply_to_comment"]);
        Assert.Equal("2187", form["from_group"]);
    }

    [Fact]
    public async Task An_error_inside_a_200_body_is_a_failure_with_the_vk_message()
    {
        api.Reply(200, """{"error":{"error_code":901,"error_msg":"Can't send messages for users without permission","request_params":[]}}""");

        var result = await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Dm, "Hi", TargetUserId: "1"), default);

        Assert.False(result.Succeeded);
        Assert.Equal(901, result.PlatformStatus);
        Assert.Contains("without permission", result.Error);
    }

    [Fact]
    public async Task Post_delete_and_ban_use_their_methods()
    {
        api.Reply(200, """{"response":{"post_id":1300}}""");
        api.Reply(200, """{"response":1}""");
        api.Reply(200, """{"response":1}""");

        await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Post, "Мы онлайн"), default);
        await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Delete, null, InReplyTo: "4471"), default);
        await Sut().PublishAsync(new PublishRequest("vk:2187", PublishAction.Block, null, TargetUserId: "498765432"), default);

        Assert.Equal(["/method/wall.post", "/method/wall.deleteComment", "/method/groups.ban"], api.Requests.Select(r => r.PathAndQuery));
        Assert.Equal("4471", Form(api.Requests[1].Body)["comment_id"]);
        Assert.Equal("498765432", Form(api.Requests[2].Body)["owner_id"]);
    }
}
