using SocialCare.Core.Events;

namespace SocialCare.Core.Classification;

public sealed record ClassificationInput(string Text, string? Platform = null, long? AuthorFollowers = null, EventKind? Kind = null);
