using System.Net;
using System.Text.Json;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// Long and non-Latin texts through webhook → classify → route → notify on Azurite. Stored JSON once escaped every
/// non-ASCII character as \uXXXX, so an 8,000-character Russian text outgrew Table Storage's 32K-character column and
/// its conversation never appeared.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class LongTextPipelineTests(PipelineAppFixture fixture) : IClassFixture<PipelineAppFixture>
{
    private readonly TestApp _app = fixture.App;

    public static TheoryData<string, string> Texts => new()
    {
        { "cyrillic", Repeat("Посылка не пришла, курьер не отвечает, верните деньги! ", InboundEvent.MaxTextLength) },
        { "emoji", Repeat("😡🔥📦", InboundEvent.MaxTextLength) },
        { "cjk", Repeat("我的包裹三周还没到，客服也不回复。", InboundEvent.MaxTextLength) },
        { "angles", Repeat("<<<", InboundEvent.MaxTextLength) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_text_at_the_length_limit_becomes_a_conversation_with_all_of_it_and_an_email(string kind, string text)
    {
        var message = await DeliverAsync(kind, text);

        Assert.Equal(InboundEvent.MaxTextLength, text.Length);
        Assert.Equal(text, message.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_longer_text_is_stored_cut_to_the_limit_with_a_marker_that_keeps_its_original_length()
    {
        var text = Repeat("Ваш сервис ужасен, третью неделю жду возврата денег за сломанный телефон. ", 12_345);

        var stored = (await DeliverAsync("long-cyrillic", text)).GetProperty("text").GetString()!;

        Assert.Equal(InboundEvent.MaxTextLength, stored.Length);
        Assert.EndsWith("… [cut: 12,345 characters in the original]", stored, StringComparison.Ordinal);
        Assert.StartsWith(stored[..7_000], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_author_name_is_stored_cut_and_the_conversation_still_appears()
    {
        var name = "Customer huge-name: " + Repeat("Очень длинное имя 😡 ", 50_000);

        var response = await _app.PostMentionsAsync(Mentions.Body(Mentions.One("lt-huge-name", "Где мой заказ?", authorId: "long-huge-name", author: name)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.Smtp.WaitForAsync(1, where: m => (m.Subject ?? "").Contains("Customer huge-name", StringComparison.Ordinal));

        var list = await GetJsonAsync("/api/conversations?customerId=long-huge-name");
        var stored = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("customer").GetProperty("name").GetString()!;
        Assert.Equal(Author.MaxNameLength, stored.Length);
        Assert.StartsWith(stored, name, StringComparison.Ordinal);
    }

    private async Task<JsonElement> DeliverAsync(string kind, string text)
    {
        var customer = $"long-{kind}";
        var response = await _app.PostMentionsAsync(Mentions.Body(Mentions.One($"lt-{kind}", text, authorId: customer, author: $"Customer {kind}")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var mail = Assert.Single(await _app.Smtp.WaitForAsync(1, where: m => (m.Subject ?? "").Contains($"Customer {kind}:", StringComparison.Ordinal)));
        Assert.Contains(text[..40], mail.TextBody, StringComparison.Ordinal);

        var list = await GetJsonAsync($"/api/conversations?customerId={customer}");
        var id = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        var detail = await GetJsonAsync($"/api/conversations/{id}");
        return Assert.Single(detail.GetProperty("messages").EnumerateArray());
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Repeat(string unit, int length)
    {
        var text = string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1));
        return EventIds.Clip(text[..length], length);
    }
}
