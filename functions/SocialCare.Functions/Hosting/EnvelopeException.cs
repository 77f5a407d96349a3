namespace SocialCare.Functions.Hosting;

/// <summary>The invocation envelope is not what the host sends: the invocation fails (non-2xx) and the queue retries.</summary>
public sealed class EnvelopeException(string message, Exception? inner = null) : Exception(message, inner);
