namespace SocialCare.Core.Classification.Moderation;

/// <summary>The platform failed a moderation action it can do: the invocation fails so the queue retries it.</summary>
public sealed class ModerationPublishException(string message) : Exception(message);
