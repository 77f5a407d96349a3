namespace SocialCare.Core.Claims;

/// <summary>
/// How long a claim on a send or a publish keeps others off. It must outlive the invocation holding it: the host
/// kills an invocation at its function timeout, so with a lease longer than that the holder is gone before anyone
/// may take its claim over, and a slow send with all its retries never overlaps a second one.
/// </summary>
public sealed record ClaimLease(TimeSpan Length)
{
    /// <summary>host.json functionTimeout (5 min) plus a minute of margin for clock skew between instances.</summary>
    public static readonly ClaimLease Default = new(TimeSpan.FromMinutes(6));
}
