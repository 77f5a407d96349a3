using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace SocialCare.Adapters.Telegram;

/// <summary>
/// Stands in for HttpClientFactory's own request logging on the Telegram client, which writes the full request URI,
/// bot token included. Same messages, same levels and the framework's category
/// (<c>System.Net.Http.HttpClient.&lt;client&gt;.LogicalHandler</c>), so the log-level settings apply as before; only the
/// token is redacted.
/// </summary>
internal sealed partial class TelegramHttpLogger(ILogger logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request)
    {
        LogStart(request.Method, TelegramBotToken.Redact(request.RequestUri) ?? "");
        return null;
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        LogStop(elapsed.TotalMilliseconds, (int)response.StatusCode);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        LogFailed(exception, elapsed.TotalMilliseconds);

    [LoggerMessage(100, LogLevel.Information, "Start processing HTTP request {HttpMethod} {Uri}", EventName = "RequestPipelineStart")]
    private partial void LogStart(HttpMethod httpMethod, string uri);

    [LoggerMessage(101, LogLevel.Information, "End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}", EventName = "RequestPipelineEnd")]
    private partial void LogStop(double elapsedMilliseconds, int statusCode);

    [LoggerMessage(102, LogLevel.Warning, "HTTP request failed after {ElapsedMilliseconds}ms", EventName = "RequestPipelineRequestFailed")]
    private partial void LogFailed(Exception exception, double elapsedMilliseconds);
}
