using System.Diagnostics;
using OpenTelemetry;
using SocialCare.Adapters.Telegram;

namespace SocialCare.Functions.Telemetry;

/// <summary>
/// Removes the Telegram bot token from outgoing-call spans before any exporter sees them: the runtime's HttpClient
/// spans carry the request URL in url.full (only the query is redacted by default), and Application Insights turns it
/// into the dependency's data and name. Runs at span end, after every enrichment, so nothing sets the URL back.
/// </summary>
public sealed class TelegramTokenRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        data.DisplayName = TelegramBotToken.Redact(data.DisplayName);
        foreach (var (key, value) in data.TagObjects.ToList())
        {
            if (value is string text && TelegramBotToken.Redact(text) is var redacted && redacted != text)
                data.SetTag(key, redacted);
        }
    }
}
