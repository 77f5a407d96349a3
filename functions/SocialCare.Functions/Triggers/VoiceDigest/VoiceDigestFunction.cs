using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Pipeline;
using SocialCare.Functions.Triggers.Reports;

namespace SocialCare.Functions.Triggers.VoiceDigest;

/// <summary>
/// Mondays at 06:00 UTC (and on <c>POST /admin/functions/VoiceDigest</c>): last week's voice of the customer (the
/// recurring complaint phrases per channel, against the week before, with examples) by e-mail to
/// <c>Reports:DigestRecipients</c> (the team's default address when none is set). One message id per week, so a retried
/// run is recognisable as the same digest.
/// </summary>
[HandlesFunction("VoiceDigest")]
public sealed class VoiceDigestFunction(VoiceSource voice, IEmailSender email, IOptions<ReportsOptions> reports, IOptions<NotificationOptions> notifications,
    TimeProvider time) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var lastWeek = time.GetUtcNow().AddDays(-7);
        var week = SlaReportBuilder.IsoWeek(lastWeek);
        var (from, to) = VoiceOfCustomer.Week(week)!.Value;
        var report = await voice.BuildAsync(week, from, to, null, cancellationToken);
        var recipients = reports.Value.Recipients(notifications.Value.DefaultEmail);
        await email.SendAsync(Message(report, recipients), cancellationToken);
        return TriggerResult.Empty().Log($"voice of the customer {week}: {report.Topics.Count} topics to {recipients.Count} recipients");
    }

    public static EmailMessage Message(VoiceReport report, IReadOnlyList<string> to)
    {
        var subject = report.Topics.Count == 0
            ? $"[voice of the customer] {report.Week}: no recurring complaint"
            : $"[voice of the customer] {report.Week}: {string.Join(", ", report.Topics.Take(3).Select(t => $"\"{t.Phrase}\" ×{t.Count}"))}";
        var html = new StringBuilder($"<h1>Voice of the customer, {E(report.Week)}</h1>");
        var text = new StringBuilder($"Voice of the customer, {report.Week}\r\n\r\n");
        if (report.Topics.Count == 0)
        {
            html.Append("<p>No complaint phrase recurred this week.</p>");
            text.Append("No complaint phrase recurred this week.\r\n");
        }
        else
        {
            html.Append("<table><tr><th>Channel</th><th>Phrase</th><th>This week</th><th>Week before</th><th>Examples</th></tr>");
            foreach (var t in report.Topics)
            {
                html.Append($"<tr><td>{E(t.ChannelId)}</td><td>{E(t.Phrase)}</td><td>{t.Count}</td><td>{t.PreviousWeek}</td><td>{string.Join("<br>", t.Examples.Select(E))}</td></tr>");
                text.Append($"{t.ChannelId}: \"{t.Phrase}\" {t.Count} (week before {t.PreviousWeek})\r\n");
                foreach (var example in t.Examples) text.Append($"  - {example}\r\n");
            }
            html.Append("</table>");
        }
        return new EmailMessage($"voice-{report.Week}", to, subject, html.ToString(), text.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
