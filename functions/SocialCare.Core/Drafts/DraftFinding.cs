using System.Text.Json.Serialization;

namespace SocialCare.Core.Drafts;

/// <summary>
/// One thing a draft reply breaks of the service rules: its <see cref="Code"/> (see <see cref="DraftCodes"/>), a sentence
/// for the agent, and where in the draft (<see cref="Start"/>, <see cref="Length"/>; the whole draft when the rule is
/// about what is missing).
/// </summary>
public sealed record DraftFinding(string Code, string Message, int Start, int Length)
{
    /// <summary>Only the deflection guard stops a reply; the rest advise.</summary>
    [JsonIgnore] public bool Blocks => Code == DraftCodes.Deflection;
}

/// <summary>The codes of <see cref="DraftFinding"/>, as the API and the composer name them.</summary>
public static class DraftCodes
{
    public const string Deflection = "deflection";
    public const string Bureaucratic = "bureaucratic";
    public const string Courtesy = "courtesy";
    public const string Language = "language";
    public const string Tone = "tone";
    public const string PersonalData = "personal_data";
    public const string Length = "length";
}

/// <summary>
/// What the checks need to know of the case: the customer's language and intent, the platform (for its length limit),
/// whether the reply is public, and the customer's name (personal data next to it is what a public reply must not hold).
/// </summary>
public sealed record DraftContext(string? Language, Classification.Intent? Intent, string Platform, bool Public, string? CustomerName = null);
