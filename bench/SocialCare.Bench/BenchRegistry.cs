namespace SocialCare.Bench;

internal static class BenchRegistry
{
    public static void RegisterAll()
    {
        BenchCommands.Register("ingest", IngestBench.RunAsync);
        BenchCommands.Register("e2e", EndToEndBench.RunAsync);
        BenchCommands.Register("startup", StartupBench.RunAsync);
        BenchCommands.Register("bare-app", BareKestrel.RunAsync);
    }
}
