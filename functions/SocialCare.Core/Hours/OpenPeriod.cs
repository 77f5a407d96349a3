namespace SocialCare.Core.Hours;

/// <summary>An open stretch as absolute instants [Start, End), both in the channel's local offset.</summary>
public sealed record OpenPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;
}
