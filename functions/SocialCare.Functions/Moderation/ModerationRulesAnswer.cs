namespace SocialCare.Functions.Moderation;

/// <summary>GET/PUT answer: the channel's rules and whether they are the defaults (nothing stored).</summary>
public sealed record ModerationRulesAnswer(string ChannelId, string Mode, int BlockAfterAbusive, int WindowDays, bool IsDefault);
