using System.Diagnostics;
using MimeKit;

namespace SocialCare.Bench;

/// <summary>
/// What reached the SMTP sink: new-message emails by drill token, SLA-breach and other notices apart, and duplicates
/// (one Message-Id — derived from notification id and recipient — received twice).
/// </summary>
internal sealed record DrillMail(
    IReadOnlyDictionary<string, List<long>> NewMessageByToken,
    int SlaBreaches,
    int Other,
    int DuplicateMessageIds)
{
    public static DrillMail Of(IReadOnlyList<(MimeMessage Message, long At)> received) =>
        Of(received.Select(r => new DrillMailItem(r.Message.Subject, r.Message.TextBody ?? r.Message.HtmlBody, r.Message.MessageId, r.At)));

    public static DrillMail Of(IEnumerable<DrillMailItem> received)
    {
        var byToken = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var (sla, other, duplicates) = (0, 0, 0);
        foreach (var (subject, body, messageId, at) in received)
        {
            if (!ids.Add(messageId ?? Guid.NewGuid().ToString())) duplicates++;
            if (subject?.StartsWith("[SLA ", StringComparison.Ordinal) == true)
            {
                sla++;
                continue;
            }
            // Crisis alerts quote a few of the wave's messages: not a second notification about those events.
            if (subject?.StartsWith("[CRISIS", StringComparison.Ordinal) == true)
            {
                other++;
                continue;
            }
            var token = DrillStorage.TokenPattern().Match(body ?? "");
            if (!token.Success)
            {
                other++;
                continue;
            }
            if (!byToken.TryGetValue(token.Value, out var times)) byToken[token.Value] = times = [];
            times.Add(at);
        }
        return new DrillMail(byToken, sla, other, duplicates);
    }

    /// <summary>Tokens told about more than once.</summary>
    public int DuplicateTokens => NewMessageByToken.Count(t => t.Value.Count > 1);

    /// <summary>Acknowledged → first email, per token with both.</summary>
    public Latencies EndToEnd(IReadOnlyDictionary<string, long> acknowledged) =>
        new(acknowledged.Where(a => NewMessageByToken.ContainsKey(a.Key))
            .Select(a => Stopwatch.GetElapsedTime(a.Value, NewMessageByToken[a.Key].Min()).TotalMilliseconds));
}
