namespace SocialCare.Core.Ports;

/// <summary>The reports' reading of conversations: by the days they started.</summary>
public interface IReportFacts
{
    /// <summary>The conversations that started in [<paramref name="from"/>, <paramref name="to"/>), as far as reports read them.</summary>
    Task<IReadOnlyList<Conversations.Conversation>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, CancellationToken cancellationToken);

    /// <summary>
    /// The rollups of the days of [<paramref name="from"/>, <paramref name="to"/>): a whole day's is kept and used again
    /// until a conversation of that day is written or <paramref name="hoursKey"/> (the schedules it was built with)
    /// changes; a day the period cuts is built from its conversations in the period each time.
    /// </summary>
    Task<IReadOnlyList<Reports.DayRollup>> RollupsAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, string hoursKey,
        Func<string, IReadOnlyList<Conversations.Conversation>, Reports.DayRollup> rollup, CancellationToken cancellationToken);
}
