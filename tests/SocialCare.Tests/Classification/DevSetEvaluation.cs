using SocialCare.Functions.Evaluation;
using SocialCare.Core.Classification.Evaluation;
using Xunit.Abstractions;

namespace SocialCare.Tests.Classification;

/// <summary>Prints the dev-set figures (run with --filter Category=Eval); reported as skipped, with the reason, when the shared data is absent.</summary>
public sealed class DevSetEvaluation(ITestOutputHelper output)
{
    [SkippableFact]
    [Trait("Category", "Eval")]
    public void Dev_sets_figures_are_printed()
    {
        var data = SharedData.Folder();
        Skip.If(data is null, "shared/data is not beside the repository: no dev-set figures to print.");
        var files = Directory.GetFiles(data!, "*.jsonl", SearchOption.AllDirectories).Order().ToList();
        var writer = new StringWriter();

        Assert.Equal(0, EvaluationCommand.Run(files, writer));
        output.WriteLine(writer.ToString());
    }
}
