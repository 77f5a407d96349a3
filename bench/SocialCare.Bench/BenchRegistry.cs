namespace SocialCare.Bench;

internal static class BenchRegistry
{
    public static void RegisterAll()
    {
        BenchCommands.Register("classifier", ClassifierBenchCommand.RunAsync);
        BenchCommands.Register("eval", ClassifierEvalCommand.RunAsync);
        BenchCommands.Register("ingest", IngestBench.RunAsync);
        BenchCommands.Register("e2e", EndToEndBench.RunAsync);
        BenchCommands.Register("startup", StartupBench.RunAsync);
        BenchCommands.Register("bare-app", BareKestrel.RunAsync);
        BenchCommands.Register("burst", BurstDrill.RunAsync);
        BenchCommands.Register("crash", CrashDrill.RunAsync);
        BenchCommands.Register("faults", FaultsDrill.RunAsync);
        BenchCommands.Register("concurrency", ConcurrencyDrill.RunAsync);
        BenchCommands.Register("app-crash", AppCrashDrill.RunAsync);
        BenchCommands.Register("run-stop", RunStopDrill.RunAsync);
        BenchCommands.Register("emulator-stop", EmulatorStopDrill.RunAsync);
        BenchCommands.Register("run-kill", RunKillDrill.RunAsync);
        BenchCommands.Register("crashes", CrashesDrill.RunAsync);
        BenchCommands.Register("inbox", InboxBench.RunAsync);
        BenchCommands.Register("reports", ReportsBench.RunAsync);
    }
}
