namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// The decision and the episode's new state. While open, <see cref="Episode"/> is what to store (null: no episode);
/// it can change even when <see cref="Action"/> is None (still above threshold, so the quiet hour restarts).
/// After <see cref="CrisisAction.Close"/> it is the closed episode, for the notification; nothing stays open.
/// </summary>
public sealed record CrisisDecision(CrisisAction Action, CrisisWave? Episode, int Threshold);
