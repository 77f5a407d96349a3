namespace SocialCare.Bench;

/// <summary>Conversation ids, and for each drill token the conversations holding a message with it (twice = duplicated).</summary>
internal sealed record StoredConversations(IReadOnlySet<string> Ids, IReadOnlyDictionary<string, List<string>> TokenMessages);
