namespace SocialCare.Core.Sla;

/// <summary>The three clocks, by the names breach notifications carry in their Detail.</summary>
public static class SlaKinds
{
    public const string FirstResponse = "first_response";
    public const string NextResponse = "next_response";
    public const string Resolution = "resolution";
}
