namespace SocialCare.Functions.Pipeline;

/// <summary>Who receives the Monday voice-of-the-customer digest: <c>Reports:DigestRecipients</c>, addresses separated by commas or semicolons.</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    public string DigestRecipients { get; set; } = "";

    /// <summary>The recipients; <paramref name="fallback"/> (the team's default address) when none is set.</summary>
    public IReadOnlyList<string> Recipients(string fallback)
    {
        var listed = DigestRecipients.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return listed.Length > 0 ? listed : [fallback];
    }
}
