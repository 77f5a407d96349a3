using Microsoft.Extensions.Logging;

namespace SocialCare.Adapters.Language;

internal static partial class LanguageLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Azure AI Language call failed with status {Status}; the offline classifier answered")]
    public static partial void ServiceFailed(ILogger logger, int status, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Azure AI Language circuit opened for {OpenFor}; the offline classifier answers alone")]
    public static partial void BreakerOpened(ILogger logger, TimeSpan openFor);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Azure AI Language circuit is open; the offline classifier answered")]
    public static partial void CircuitOpen(ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Text of {Length} characters cut to {Limit} for Azure AI Language")]
    public static partial void TextTruncated(ILogger logger, int length, int limit);
}
