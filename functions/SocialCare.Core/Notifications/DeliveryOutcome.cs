namespace SocialCare.Core.Notifications;

/// <summary>How many targets were sent to now, and how many had been sent to before.</summary>
public sealed record DeliveryOutcome(int Sent, int AlreadySent);
