using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// Every webhook source, built from its options, against hostile bodies: verification never throws and never passes
/// without the secret, and parsing a correctly signed hostile body either yields events or fails in a way the ingest
/// answers with 400 — never an exception that would become a 500.
/// </summary>
public sealed class WebhookSourceFuzzTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Sources() => [.. SignedSource.All(Time).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Hostile_bodies_without_the_secret_are_never_verified(string name)
    {
        var sut = Find(name);

        HostileBodies.Any(sut.Fixtures).Sample(body =>
        {
            var unsigned = sut.Source.Verify(sut.Request(body));
            var forged = sut.Source.Verify(sut.Request(body, Forged(sut, body)));
            var carriesVkSecret = name == "vk" && Encoding.UTF8.GetString(body).Contains(SignedSource.VkSecret, StringComparison.Ordinal);
            if (!carriesVkSecret && (unsigned.IsValid || forged.IsValid)) throw new InvalidOperationException("verified without the secret");
            if (!unsigned.IsValid && unsigned.StatusCode is < 400 or >= 500) throw new InvalidOperationException($"refused with {unsigned.StatusCode}");
        }, iter: 1500, seed: null);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Signed_hostile_bodies_parse_or_fail_as_a_bad_request(string name)
    {
        var sut = Find(name);

        HostileBodies.Any(sut.Fixtures).Sample(body =>
        {
            var request = sut.Request(body, sut.Sign(body));
            if (!sut.Source.Verify(request).IsValid) return;
            WebhookParseResult parsed;
            try
            {
                parsed = sut.Source.Parse(request);
            }
            catch (Exception e) when (IsBadRequest(e))
            {
                return;
            }
            foreach (var inbound in parsed.Events)
            {
                JsonSerializer.SerializeToUtf8Bytes(ClassifyMessage.For(inbound, null), CoreJson.Default.ClassifyMessage);
            }
        }, iter: 3000);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_fixture_still_parses_when_signed(string name)
    {
        var sut = Find(name);

        foreach (var body in sut.Fixtures)
        {
            var request = sut.Request(body, sut.Sign(body));
            Assert.True(sut.Source.Verify(request).IsValid);
            sut.Source.Parse(request);
        }
    }

    /// <summary>Ids that would change the resource of an API call built from them, or are not ids at all.</summary>
    private static readonly string[] HostileIds = ["../lists/123", "1?fields=x", "%2e%2e", "..", "a/b", "1#frag", "1 2", "1\\2", "", new string('1', 600)];

    /// <summary>Platform sources only: listening ids name a tool's mention and never reach a platform API.</summary>
    public static TheoryData<string> PlatformSources() => [.. SignedSource.All(Time).Select(s => s.Name).Where(n => n != "listening")];

    [Theory]
    [MemberData(nameof(PlatformSources))]
    public void A_hostile_id_anywhere_in_a_signed_fixture_is_refused_or_never_becomes_an_event_id(string name)
    {
        var sut = Find(name);
        var refused = 0;

        Gen.Select(Gen.Int[0, sut.Fixtures.Count - 1], Gen.Int[0, 10_000], Gen.Int[0, HostileIds.Length - 1]).Sample((file, node, pick) =>
        {
            var id = HostileIds[pick];
            var body = HostileBodies.Replace(sut.Fixtures[file], node, JsonSerializer.SerializeToUtf8Bytes(id));
            var request = sut.Request(body, sut.Sign(body));
            if (!sut.Source.Verify(request).IsValid) return;
            WebhookParseResult parsed;
            try
            {
                parsed = sut.Source.Parse(request);
            }
            catch (Exception e) when (IsBadRequest(e))
            {
                Interlocked.Increment(ref refused);
                return;
            }
            foreach (var e in parsed.Events)
            {
                // An empty id shows as an empty field or a key ending in ':' (an author may be unknown, so "" is fine there).
                var reached = id.Length == 0
                    ? new[] { e.ChannelId, e.EventId, e.RawEventId, e.InReplyTo, e.ConversationKey }.Any(i => i is not null && (i.Length == 0 || i.EndsWith(':')))
                    : new[] { e.ChannelId, e.EventId, e.RawEventId, e.InReplyTo, e.Author.Id, e.ConversationKey }.Any(i => i?.Contains(id, StringComparison.Ordinal) == true);
                if (reached) throw new InvalidOperationException($"'{id}' reached event {e.EventId}");
            }
        }, iter: 1500);

        Assert.True(refused > 100, $"only {refused} bodies were refused; the ids were not where the parser reads");
    }

    /// <summary>The exceptions WebhookIngest turns into 400; anything else would surface as a 500.</summary>
    internal static bool IsBadRequest(Exception e) => e is WebhookFormatException or JsonException or FormatException or InvalidOperationException;

    private static SignedSource Find(string name) => SignedSource.All(Time).Single(s => s.Name == name);

    private static IReadOnlyDictionary<string, string> Forged(SignedSource source, byte[] body) =>
        source.Sign([.. body, (byte)' ']).ToDictionary(h => h.Key, h => source.Name == "telegram" ? h.Value + "x" : h.Value);
}
