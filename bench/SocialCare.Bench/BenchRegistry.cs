namespace SocialCare.Bench;

internal static class BenchRegistry
{
    public static void RegisterAll()
    {
    }
}
