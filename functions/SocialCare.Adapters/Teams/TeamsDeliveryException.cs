using System.Net;

namespace SocialCare.Adapters.Teams;

/// <summary>Teams did not take a card. <see cref="Transient"/> failures (throttling, 5xx) are worth retrying later.</summary>
public sealed class TeamsDeliveryException(string message, HttpStatusCode status, bool transient)
    : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
    public bool Transient { get; } = transient;
}
