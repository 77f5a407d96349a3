using System.Text.Json.Nodes;
using SocialCare.Adapters.Teams;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

public sealed class AdaptiveCardMessageTests
{
    private static Notice ComplaintNotice(string text) => ConversationNotice.Build(
        NotificationKind.NewMessage, null, Conversations.Complaint("conv-1"), Conversations.Message("e1", text), null, "Europe/Warsaw", new FixedLinks());

    [Fact]
    public void A_complaint_card_matches_the_workflows_fixture()
    {
        var sut = JsonNode.Parse(AdaptiveCardMessage.ToJson(ComplaintNotice("Pralka miała być wczoraj <b>i nie ma</b>!")));

        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SocialCare.Tests", "Fixtures", "teams", "complaint_card.json")));
        Assert.True(JsonNode.DeepEquals(fixture, sut), sut!.ToJsonString());
    }

    [Fact]
    public void The_card_is_a_workflows_message_with_an_adaptive_card_and_open_url_buttons()
    {
        var sut = JsonNode.Parse(AdaptiveCardMessage.ToJson(ComplaintNotice("Gdzie moja pralka?")))!;

        Assert.Equal("message", (string?)sut["type"]);
        var attachment = sut["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        var actions = attachment["content"]!["actions"]!.AsArray();
        Assert.All(actions, a => Assert.Equal("Action.OpenUrl", (string?)a!["type"]));
        Assert.Equal(["Open post", "Claim", "Resolve", "Open in inbox"], actions.Select(a => (string)a!["title"]!));
    }

    [Fact]
    public void A_huge_message_is_trimmed_under_28_kb_and_keeps_every_link()
    {
        var huge = string.Concat(Enumerable.Repeat("Żółć \"quoted\" <tag> ", 20_000));

        var sut = AdaptiveCardMessage.Serialize(ComplaintNotice(huge) with { Quote = huge });

        Assert.True(sut.Length < AdaptiveCardMessage.MaxBytes, $"{sut.Length} bytes");
        var card = JsonNode.Parse(sut)!["attachments"]![0]!["content"]!;
        Assert.Equal(4, card["actions"]!.AsArray().Count);
        Assert.EndsWith("…", (string)card["body"]![1]!["text"]!, StringComparison.Ordinal);
    }
}
