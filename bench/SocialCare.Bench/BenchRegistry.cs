namespace SocialCare.Bench;

internal static class BenchRegistry
{
    public static void RegisterAll()
    {
        BenchCommands.Register("classifier", ClassifierBenchCommand.RunAsync); BenchCommands.Register("eval", ClassifierEvalCommand.RunAsync);
    }
}
