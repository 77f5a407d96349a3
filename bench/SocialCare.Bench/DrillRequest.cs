namespace SocialCare.Bench;

/// <summary>One signed webhook delivery carrying the events named by <see cref="Tokens"/> (a Meta batch carries many).</summary>
internal sealed record DrillRequest(string Path, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers, IReadOnlyList<string> Tokens);
