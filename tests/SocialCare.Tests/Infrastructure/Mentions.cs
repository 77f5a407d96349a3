using System.Text.Json;

namespace SocialCare.Tests.Infrastructure;

/// <summary>Listening-webhook bodies for tests.</summary>
internal static class Mentions
{
    public static string Body(params object[] mentions) => JsonSerializer.Serialize(new { mentions });

    public static object One(string id, string text, string authorId = "u1", string author = "Anna Nowak", string? thread = null, long followers = 120, string platform = "facebook") => new
    {
        id,
        source = "brand24",
        platform,
        url = $"https://facebook.com/brand/posts/{id}",
        author = new { id = authorId, name = author, followers },
        text,
        publishedAt = "2026-11-23T10:00:00Z",
        threadId = thread ?? $"thread-{id}",
    };
}
