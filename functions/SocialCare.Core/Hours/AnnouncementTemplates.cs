namespace SocialCare.Core.Hours;

/// <summary>
/// A channel's own wording for one language; a null text falls back to the built-in default for that language.
/// Placeholders: <c>{close}</c>, <c>{nextOpen}</c>, <c>{nextOpenDay}</c>.
/// </summary>
public sealed record AnnouncementTemplates(string? Opening = null, string? Closing = null, string? AfterHours = null);
