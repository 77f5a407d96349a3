namespace SocialCare.Core.Publishing;

/// <summary>How a private message may still be sent, counted from the customer's last message.</summary>
public enum MessagingWindowState
{
    /// <summary>Inside 24 hours: a standard response.</summary>
    Standard,
    /// <summary>Between 24 hours and 7 days: only a human agent may answer (Meta HUMAN_AGENT tag).</summary>
    HumanAgent,
    /// <summary>Older than 7 days or never written: the platform will refuse a free-form message.</summary>
    Closed,
}

/// <summary>Meta's messaging windows (Messenger, Instagram, WhatsApp): 24 hours standard, 7 days with the human-agent tag.</summary>
public static class MessagingWindow
{
    public static readonly TimeSpan Standard = TimeSpan.FromHours(24);
    public static readonly TimeSpan HumanAgent = TimeSpan.FromDays(7);

    public static MessagingWindowState At(DateTimeOffset? lastCustomerMessageAt, DateTimeOffset now)
    {
        if (lastCustomerMessageAt is not { } last) return MessagingWindowState.Closed;
        var age = now - last;
        if (age <= Standard) return MessagingWindowState.Standard;
        return age <= HumanAgent ? MessagingWindowState.HumanAgent : MessagingWindowState.Closed;
    }

    /// <summary>Why a message cannot be sent, for the agent; null when it can.</summary>
    public static string? RefusalReason(DateTimeOffset? lastCustomerMessageAt, DateTimeOffset now, bool humanAgentAllowed)
    {
        var state = At(lastCustomerMessageAt, now);
        if (state == MessagingWindowState.Standard) return null;
        if (state == MessagingWindowState.HumanAgent && humanAgentAllowed) return null;
        if (lastCustomerMessageAt is null) return "the customer's last message time is unknown, so the messaging window cannot be checked";
        return humanAgentAllowed
            ? "the customer's last message is older than 7 days: the platform allows no free-form message (use a template or wait for the customer)"
            : "the customer's last message is older than 24 hours: the platform allows only template messages";
    }
}
