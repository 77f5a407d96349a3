namespace SocialCare.Bench;

/// <summary>Each benchmark or drill is a named command; each prints its figures.</summary>
internal static class BenchCommands
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.OrdinalIgnoreCase);

    public static void Register(string name, Func<string[], Task<int>> run) => Commands[name] = run;

    public static async Task<int> RunAsync(string[] args)
    {
        BenchRegistry.RegisterAll();
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine($"usage: ./bench/run <{string.Join('|', Commands.Keys.Order())}> [options]");
            return 2;
        }
        return await run(args[1..]);
    }
}
