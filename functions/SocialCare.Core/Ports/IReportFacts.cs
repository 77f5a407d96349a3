namespace SocialCare.Core.Ports;

/// <summary>The reports' reading of conversations: by the days they started, and the backlog now.</summary>
public interface IReportFacts
{
    /// <summary>The conversations that started in [<paramref name="from"/>, <paramref name="to"/>), as far as reports read them.</summary>
    Task<IReadOnlyList<Conversations.Conversation>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, CancellationToken cancellationToken);

    /// <summary>Open and waiting conversations now, of the team when given.</summary>
    Task<int> BacklogAsync(string? team, CancellationToken cancellationToken);
}
