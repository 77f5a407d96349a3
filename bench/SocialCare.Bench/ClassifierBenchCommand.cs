using System.Diagnostics;
using System.Globalization;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Bench;

/// <summary>
/// <c>classifier [DATA_FOLDER] [--rounds N]</c>: how long the shipped intent model takes to load (first load in the
/// process, JIT included, then a second), and offline classifier throughput on one thread with p50/p99 latency per
/// message over the care and eval texts (default folder ../shared/data from the repository root), with the learned
/// intent model (with and without the sentiment models and a learned priority) and with the rules alone, measured in
/// the same run.
/// </summary>
internal static class ClassifierBenchCommand
{
    // The care corpus, from the repository root (where ./run starts the bench).
    private const string CareCorpus = "data/care";

    public static Task<int> RunAsync(string[] args)
    {
        var rounds = 3;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else folder = args[i];
        }
        var texts = ClassifierDataFiles.Find(folder)
            .SelectMany(f => LabeledExampleReader.Read(File.OpenText(f)).Select(e => e.Text))
            .ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("classifier: no *.jsonl texts found (pass the data folder as the first argument)");
            return Task.FromResult(2);
        }
        var load = Stopwatch.StartNew();
        var model = Adapters.Intent.IntentModelFiles.Load(Adapters.Intent.IntentModelFiles.Shipped);
        var firstLoad = load.Elapsed;
        load.Restart();
        Adapters.Intent.IntentModelFiles.Load(Adapters.Intent.IntentModelFiles.Shipped);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intent model {model.Info.Version}: first load {firstLoad.TotalMilliseconds:0} ms (JIT included), second load {load.Elapsed.TotalMilliseconds:0} ms"));
        load.Restart();
        var sentiment = Adapters.Learning.SentimentModels.LoadFrom(Adapters.Intent.IntentModelFiles.Shipped);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sentiment models ({string.Join(", ", sentiment.Languages)}): load {load.Elapsed.TotalMilliseconds:0} ms"));
        load.Restart();
        var language = Adapters.Learning.LanguageModel.LoadFrom(Adapters.Intent.IntentModelFiles.Shipped);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"language model: load {load.Elapsed.TotalMilliseconds:0} ms"));
        Measure("with the intent, sentiment and language models", new OfflineClassifier(model, sentiment, language), texts, rounds);
        Measure("with the intent and sentiment models", new OfflineClassifier(model, sentiment), texts, rounds);
        if (Directory.Exists(CareCorpus))
        {
            // A brand whose agents corrected the priority of one message in fifty: its retrained model carries a learned
            // priority, which scores each text's signals a second time.
            var (corpus, _) = Adapters.Intent.IntentCorpus.Read(CareCorpus);
            var corrected = corpus.Where((_, i) => i % 50 == 0).Select((e, i) => new Adapters.Intent.PriorityExample(e.Text, 3, 1 + i % 4)).ToList();
            var learned = model.WithPriority(Adapters.Intent.IntentTrainer.TrainPriority(corpus, corrected, Adapters.Intent.IntentRetrainer.CorrectionWeight));
            Measure($"with the three models and a priority learned from {corrected.Count} corrections", new OfflineClassifier(learned, sentiment, language), texts, rounds);
        }
        Measure("with the intent model", new OfflineClassifier(model), texts, rounds);
        Measure("rules alone", new OfflineClassifier(), texts, rounds);
        return Task.FromResult(0);
    }

    private static void Measure(string name, OfflineClassifier sut, IReadOnlyList<string> texts, int rounds)
    {
        foreach (var text in texts.Take(2_000)) sut.Analyze(text); // warm-up: JIT and tiered compilation

        var latencies = new double[texts.Count * rounds];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                sut.Classify(new ClassificationInput(texts[i]));
                latencies[r * texts.Count + i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }
        total.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        var perSecond = latencies.Length / total.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"classifier, {name}: {latencies.Length} messages ({texts.Count} texts x {rounds}) on one thread in {total.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput {perSecond:0} msg/s  p50 {Percentile(latencies, 0.50):0.0} us  p99 {Percentile(latencies, 0.99):0.0} us  max {latencies[^1]:0.0} us"));
        // On a shared machine wall time includes waiting for a core; CPU time shows what one free core would do.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per CPU second (process CPU time {cpu.TotalSeconds:0.00} s): {latencies.Length / cpu.TotalSeconds:0} msg/s"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
