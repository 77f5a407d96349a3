namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// What a test class needs beyond the process itself, as the trait <c>Needs</c>: <c>./test --fast</c> leaves these
/// out. In the fast run (<see cref="FastVariable"/> = 1) the helpers that start such a part refuse, so a class that
/// needs one and is not marked fails there instead of slipping into the fast set.
/// </summary>
public static class Needs
{
    public const string Trait = "Needs";
    public const string Azurite = "Azurite";
    public const string Process = "Process";
    public const string Bicep = "Bicep";
    public const string Publish = "Publish";
    public const string Browser = "Browser";
    public const string FastVariable = "SOCIALCARE_FAST_TESTS";

    public static void Refuse(string need)
    {
        if (Environment.GetEnvironmentVariable(FastVariable) == "1")
            throw new InvalidOperationException($"This test needs {need}: mark its class [Trait(Needs.Trait, Needs.{need})] so ./test --fast leaves it out.");
    }
}
