using System.Text.Json;

namespace SocialCare.Bench;

/// <summary>Signed listening-webhook bodies with one mention each; the token in the text finds its email again.</summary>
internal static class MentionBodies
{
    public static byte[] One(string id, string token) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        mentions = new[]
        {
            new
            {
                id,
                source = "bench",
                platform = "facebook",
                url = $"https://facebook.com/brand/posts/{id}",
                author = new { id = $"author-{id}", name = "Bench Customer", followers = 100 },
                text = $"Where is my order? ref {token}",
                publishedAt = "2026-11-23T10:00:00Z",
                threadId = $"thread-{id}",
            },
        },
    });
}
