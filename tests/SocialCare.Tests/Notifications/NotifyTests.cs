using System.Net;
using SocialCare.Core.Crisis;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class NotifyTests : IAsyncLifetime
{
    private NotifyApp _sut = null!;

    public async Task InitializeAsync() => _sut = await NotifyApp.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task A_new_complaint_produces_a_card_and_an_email_for_the_team_channel()
    {
        var response = await _sut.App.PostMentionsAsync(Mentions.Body(Mentions.One("n1", "Pralka miała być w dwa dni, nie ma jej! <script>alert(1)</script>", author: "Anna Nowak", followers: 12500)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var card = Assert.Single(await _sut.Teams.WaitForAsync(1));
        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        var content = card["attachments"]![0]!["content"]!;
        Assert.Contains("Anna Nowak (12,500 followers)", content.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal("care@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Matches(@"^\[P\d\]\[complaint\]\[facebook\] Anna Nowak: Pralka miała być", mail.Subject);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
        foreach (var action in content["actions"]!.AsArray())
        {
            Assert.Contains((string)action!["url"]!, mail.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Customer_words_reach_the_card_as_plain_text_and_a_hostile_post_link_becomes_no_button()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            mentions = new[]
            {
                new
                {
                    id = "hostile1",
                    source = "brand24",
                    platform = "facebook",
                    url = "javascript:alert(document.cookie)",
                    author = new { id = "h1", name = "[Resolve now](https://evil.example)", followers = 1 },
                    text = "**Pilne** pralka zepsuta, reklamacja odrzucona [Resolve now](https://evil.example) https://evil.example/claim\n- lista",
                    publishedAt = "2026-11-23T10:00:00Z",
                },
            },
        });
        Assert.Equal(HttpStatusCode.OK, (await _sut.App.PostMentionsAsync(body)).StatusCode);

        var card = Assert.Single(await _sut.Teams.WaitForAsync(1))["attachments"]![0]!["content"]!;
        var texts = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string)b!["text"]!).ToList();
        var facts = card["body"]!.AsArray().Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray().Select(f => (string)f!["value"]!).ToList();
        var urls = card["actions"]!.AsArray().Select(a => (string)a!["url"]!).ToList();

        Assert.Contains(texts, t => t.Contains("from \\[Resolve now\\](https:\u2060//evil.example)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("\\*\\*Pilne\\*\\* pralka zepsuta, reklamacja odrzucona \\[Resolve now\\](https:\u2060//evil.example) https:\u2060//evil.example/claim", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.StartsWith("\\[Resolve now\\](https:\u2060//evil.example)", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || u.Contains("evil", StringComparison.Ordinal));
        Assert.DoesNotContain(card["actions"]!.AsArray(), a => (string?)a!["title"] == "Open post");
        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        Assert.DoesNotContain("javascript:", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_sla_breach_goes_to_the_owner_and_the_team_channel_once()
    {
        await _sut.SaveAsync(Conversations.Complaint("conv-breach", assignee: "ola"), Conversations.Message("m1", "Nadal czekam"));
        var breach = new NotifyMessage(NotifyMessage.CurrentVersion, "sla:conv-breach:first_response", NotificationKind.SlaBreach, "conv-breach", Detail: "first_response");

        await _sut.NotifyAsync(breach);
        await _sut.NotifyAsync(breach);

        var mails = await _sut.App.Smtp.WaitForAsync(2);
        await _sut.App.DrainedAsync();
        Assert.Equal(["care@test.local", "ola@test.local"], _sut.App.Smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(mails, m => Assert.StartsWith("[SLA first response]", m.Subject, StringComparison.Ordinal));
        Assert.Single(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_burst_of_messages_in_one_minute_becomes_one_notification()
    {
        var at = Conversations.At;
        await _sut.SaveAsync(Conversations.Complaint("conv-burst"), Conversations.Message("b1", "jeden", at), Conversations.Message("b2", "dwa", at.AddSeconds(10)), Conversations.Message("b3", "trzy", at.AddSeconds(20)));

        foreach (var id in new[] { "b1", "b2", "b3" })
        {
            await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, "new:" + id, NotificationKind.NewMessage, "conv-burst", id));
        }

        await _sut.App.Smtp.WaitForAsync(1);
        await _sut.App.DrainedAsync();
        Assert.Single(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_crisis_alerts_the_crisis_team_with_rate_phrases_and_worst_examples_and_each_stage_once()
    {
        var episode = new CrisisEpisode("ep1", "facebook:page-1", Conversations.At, Conversations.At.AddMinutes(10), null, 12, 2, 6, ["pralka", "zwrot"],
            [new CrisisExample("c1", "e1", "Skandal, pralka zalała kuchnię", "https://facebook.com/post/9", "facebook")]);
        _sut.Episodes.Episodes["ep1"] = episode;

        await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, Core.Notifications.CrisisNotice.StageId(episode), NotificationKind.Crisis, EpisodeId: "ep1"));
        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        _sut.Episodes.Episodes["ep1"] = episode with { ClosedAt = Conversations.At.AddHours(2) };
        await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, Core.Notifications.CrisisNotice.StageId(_sut.Episodes.Episodes["ep1"]), NotificationKind.Crisis, EpisodeId: "ep1"));

        var mails = await _sut.App.Smtp.WaitForAsync(2);
        Assert.Equal("crisis@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Contains("6× normal", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("pralka, zwrot", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://facebook.com/post/9", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, mails.Count);
        Assert.StartsWith("[CRISIS closed]", mails[1].Subject, StringComparison.Ordinal);
        Assert.Equal(2, (await _sut.Teams.WaitForAsync(2)).Count);
    }

    [Fact]
    public async Task An_assigned_conversation_goes_only_to_its_owner_by_their_preference()
    {
        await _sut.SaveAsync(Conversations.Complaint("conv-assigned", assignee: "ola"), Conversations.Message("a1", "Proszę o kontakt"));

        await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, "assigned:conv-assigned:ola", NotificationKind.Assigned, "conv-assigned", "a1"));

        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        await _sut.App.DrainedAsync();
        Assert.Equal("ola@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Owner: Ola Kowalska", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(_sut.Teams.Cards);
    }

    [Fact]
    public async Task A_failed_announcement_is_reported_to_the_team_channel()
    {
        await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, "announce:page-1:2026-11-23T20:00", NotificationKind.AnnouncementFailed, Detail: "page-1/closing 2026-11-23 20:00/token expired"));

        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        Assert.Equal("care@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Contains("token expired", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(await _sut.Teams.WaitForAsync(1));
    }
}
