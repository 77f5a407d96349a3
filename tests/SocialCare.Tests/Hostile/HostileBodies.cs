using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hostile;

/// <summary>
/// Bodies an attacker or a broken integration could send: random bytes, valid platform payloads cut short, and valid
/// payloads with one value swapped for something hostile (huge numbers, deep nesting, invalid UTF-8, wrong types,
/// long strings, header-like text).
/// </summary>
internal static class HostileBodies
{
    private const string Placeholder = "__hostile_value__";

    /// <summary>Raw JSON (or not-quite JSON) to put where a value was.</summary>
    public static readonly byte[][] Values =
    [
        .. new[]
        {
            "1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809", "9223372036854775807",
            "-9223372036854775808", "253402300800", "-62135596801", "1.5", "-0", "0", "-1", "true", "false", "null",
            "[]", "{}", "\"\"", "\"x\"", "\"\\ud800\"", "\"\\u0000\"", "\"9999-99-99T99:99:99Z\"", "\"not a number\"",
            "\"<script>alert(1)</script>\"", "\"a\\r\\nX-Injected: 1\"", "[1,2,3]", "{\"a\":{\"b\":[]}}",
            new string('[', 80) + new string(']', 80),
            new string('[', 5000),
            "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 71),
            "\"" + new string('x', 200_000) + "\"",
            "\"" + string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 5_000)) + "\"",
        }.Select(Encoding.UTF8.GetBytes),
        [0x22, 0xC3, 0x28, 0x22],               // "\xC3(": an invalid two-byte sequence inside a string
        [0x22, 0xED, 0xA0, 0x80, 0x22],         // an encoded surrogate, invalid in UTF-8
        [0x22, 0xF8, 0x88, 0x80, 0x80, 0x80, 0x22], // a five-byte form
        [0xFF, 0xFE],
    ];

    public static IReadOnlyList<string> FixtureFiles(string platform) =>
        [.. Directory.GetFiles(RepoPaths.Fixture(platform), "*.json").Order(StringComparer.Ordinal)];

    public static Gen<byte[]> RandomBytes { get; } = Gen.Byte.Array[0, 512];

    /// <summary>One of the platform's fixtures, cut at a random byte.</summary>
    public static Gen<byte[]> Truncated(IReadOnlyList<byte[]> fixtures) =>
        Gen.Int[0, fixtures.Count - 1].SelectMany(i => Gen.Int[0, Math.Max(0, fixtures[i].Length - 1)].Select(cut => fixtures[i][..cut]));

    /// <summary>One of the platform's fixtures with one value (any depth, any kind) replaced by a hostile one.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> fixtures) =>
        Gen.Select(Gen.Int[0, fixtures.Count - 1], Gen.Int[0, 10_000], Gen.Int[0, Values.Length - 1])
            .Select((file, node, value) => Replace(fixtures[file], node, Values[value]));

    /// <summary>Everything above, mixed.</summary>
    public static Gen<byte[]> Any(IReadOnlyList<byte[]> fixtures) =>
        Gen.Frequency((1, RandomBytes), (2, Truncated(fixtures)), (5, Mutated(fixtures)), (1, Gen.OneOf(Values.Select(Gen.Const).ToArray())));

    /// <summary>The fixture with its <paramref name="nodeIndex"/>-th value (modulo the count) replaced by raw JSON.</summary>
    public static byte[] Replace(byte[] fixture, int nodeIndex, byte[] value)
    {
        var root = JsonNode.Parse(fixture)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        if (nodes.Count == 0) return value;
        var target = nodes[nodeIndex % nodes.Count];
        if (target.Parent is JsonObject parent) parent[target.GetPropertyName()] = Placeholder;
        else if (target.Parent is JsonArray array) array[target.GetElementIndex()] = Placeholder;
        else return value;
        var text = root.ToJsonString();
        var at = text.IndexOf($"\"{Placeholder}\"", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. value, .. Encoding.UTF8.GetBytes(text[(at + Placeholder.Length + 2)..])];
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null) nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) if (child is not null) Collect(child, nodes);
                break;
            case JsonArray a:
                foreach (var child in a) if (child is not null) Collect(child, nodes);
                break;
        }
    }
}
