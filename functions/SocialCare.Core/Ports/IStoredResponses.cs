namespace SocialCare.Core.Ports;

/// <summary>The first successful answer to an agent's keyed request, returned as it was to a retry with the same key.</summary>
public interface IStoredResponses
{
    Task<StoredResponse?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores the answer unless one is stored already (the first one stays).</summary>
    Task SaveAsync(string key, StoredResponse response, CancellationToken cancellationToken);
}

public sealed record StoredResponse(int Status, string ContentType, string Body);
