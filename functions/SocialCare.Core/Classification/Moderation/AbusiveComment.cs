namespace SocialCare.Core.Classification.Moderation;

/// <summary>One abusive comment of an author, as counted towards delete-and-block.</summary>
public sealed record AbusiveComment(string AuthorId, string EventId, DateTimeOffset At);
