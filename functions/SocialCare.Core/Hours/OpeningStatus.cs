namespace SocialCare.Core.Hours;

/// <summary>
/// Whether a channel is open now, serialized as <c>{"open":true,"closesAt":"…"}</c> or <c>{"open":false,"opensAt":"…"}</c>
/// (times in the channel's local offset). <see cref="OpensAt"/> is null only for a schedule that never opens again.
/// </summary>
public sealed record OpeningStatus(bool Open, DateTimeOffset? ClosesAt = null, DateTimeOffset? OpensAt = null);
