using System.Globalization;
using System.Text.Json;

namespace SocialCare.Bench;

/// <summary>
/// Signed webhook bodies for each platform, every event in a thread of its own (so each is its own conversation)
/// and carrying a unique token in its text, which finds its conversation message and its email again.
/// </summary>
internal static class DrillEvents
{
    public static string Token(string run, int n) => $"tok{run}x{n}x";

    public static string Text(string token) => $"Where is my order? ref {token}";

    public static DrillRequest Listening(string run, int n)
    {
        var token = Token(run, n);
        var body = MentionBodies.One($"{run}-{n}", token);
        return new DrillRequest("/api/webhooks/listening", body, [new("X-SocialCare-Signature", BenchApp.Sign(body))], [token]);
    }

    public static DrillRequest Telegram(string run, int n, long unixNow, string? text = null, long? chatId = null)
    {
        var token = Token(run, n);
        var chat = chatId ?? 5_000_000_000 + n;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            update_id = 900_000_000 + n,
            message = new
            {
                message_id = 10_000 + n,
                from = new { id = chat, is_bot = false, first_name = "Drill", last_name = $"Customer{n}" },
                chat = new { id = chat, first_name = "Drill", last_name = $"Customer{n}", type = "private" },
                date = unixNow,
                text = text ?? Text(token),
            },
        });
        return new DrillRequest("/api/webhooks/telegram", body, [new("X-Telegram-Bot-Api-Secret-Token", DrillSecrets.TelegramSecretToken)], [token]);
    }

    public static DrillRequest Vk(string run, int n, long unixNow)
    {
        var token = Token(run, n);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            group_id = DrillSecrets.VkGroupId,
            type = "wall_reply_new",
            event_id = $"{run}{n:x32}",
            v = "5.199",
            @object = new
            {
                id = 1_000_000 + n,
                from_id = 400_000_000 + n,
                post_id = 2_000_000 + n,
                owner_id = -DrillSecrets.VkGroupId,
                parents_stack = Array.Empty<long>(),
                date = unixNow,
                text = Text(token),
                thread = new { count = 0 },
                post_owner_id = -DrillSecrets.VkGroupId,
            },
            secret = DrillSecrets.VkSecret,
        });
        return new DrillRequest("/api/webhooks/vk", body, [], [token]);
    }

    /// <summary>A page-feed batch: one entry per top-level comment, each under its own post.</summary>
    public static DrillRequest MetaBatch(string run, IReadOnlyList<int> ns, long unixNow)
    {
        var page = DrillSecrets.MetaPageId;
        var entries = ns.Select(n =>
        {
            var post = $"{page}_{3_000_000 + n}";
            return new
            {
                id = page,
                time = unixNow,
                changes = new[]
                {
                    new
                    {
                        field = "feed",
                        value = new
                        {
                            from = new { id = (7_300_000_000_000_000 + n).ToString(CultureInfo.InvariantCulture), name = $"Drill Customer {n}" },
                            message = Text(Token(run, n)),
                            post_id = post,
                            comment_id = $"{3_000_000 + n}_{4_000_000 + n}",
                            created_time = unixNow,
                            item = "comment",
                            parent_id = post,
                            verb = "add",
                        },
                    },
                },
            };
        }).ToArray();
        var body = JsonSerializer.SerializeToUtf8Bytes(new { @object = "page", entry = entries });
        return new DrillRequest("/api/webhooks/meta", body, [new("X-Hub-Signature-256", DrillSecrets.MetaSignature(body))], [.. ns.Select(n => Token(run, n))]);
    }
}
