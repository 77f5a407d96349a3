using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.DeadLetters;

/// <summary>
/// GET /api/deadletters: per queue, how many messages were given up on and why (the first 32 of each).
/// POST /api/deadletters/{queue}/replay: sends them back to their queue with their bodies unchanged.
/// </summary>
[HandlesFunction("DeadLetters")]
public sealed class DeadLettersFunction : IHttpFunction
{
    private const int Shown = 32;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/deadletters", async (IDeadLetters letters, CancellationToken ct) =>
        {
            var all = new List<DeadLetterQueue>();
            foreach (var queue in QueueNames.All) all.Add(await letters.ListAsync(queue, Shown, ct));
            return Results.Json(all, DeadLettersJson.Default.ListDeadLetterQueue);
        });
        routes.MapPost("/api/deadletters/{queue}/replay", async (string queue, IDeadLetters letters, CancellationToken ct) =>
        {
            if (!QueueNames.All.Contains(queue)) return Problems.NotFound($"No queue named {queue}; one of {string.Join(", ", QueueNames.All)}.");
            var replayed = await letters.ReplayAsync(queue, ct);
            return Results.Json(new ReplayResult(queue, replayed), DeadLettersJson.Default.ReplayResult);
        });
    }
}
