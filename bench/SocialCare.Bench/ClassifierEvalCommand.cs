using SocialCare.Functions.Evaluation;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Bench;

/// <summary><c>eval FILE...</c>: the evaluation figures of the offline classifier (defaults to every dev file under ../shared/data).</summary>
internal static class ClassifierEvalCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var files = args.Length > 0 ? args : ClassifierDataFiles.Find(null).ToArray();
        return Task.FromResult(EvaluationCommand.Run(files, Console.Out));
    }
}
