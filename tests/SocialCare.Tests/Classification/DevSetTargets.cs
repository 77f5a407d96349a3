using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Tests.Classification;

/// <summary>
/// The accuracy targets of the classification issue, held on the development halves in shared/data (the judged
/// halves are kept elsewhere): a change that loses a target fails here, not in the next evaluation. Reported as
/// skipped, with the reason, where the shared data is absent: never a silent pass.
/// </summary>
public sealed class DevSetTargets
{
    private static readonly OfflineClassifier Sut = new();

    [SkippableTheory]
    [InlineData("eval/complaint-en-brand-tweets.dev.jsonl")]
    [InlineData("eval/offensive-en-tweets.dev.jsonl")]
    [InlineData("eval/sentiment-en-tweets.dev.jsonl")]
    [InlineData("eval/sentiment-pl-reviews.dev.jsonl")]
    [InlineData("eval/sentiment-ru-brand-tweets.dev.jsonl")]
    [InlineData("scenarios/care-messages.dev.jsonl")]
    public void Language_is_detected_for_at_least_98_percent(string file)
    {
        var result = Evaluate(file);

        Assert.True(result.Language.Accuracy >= 0.98, $"language accuracy {result.Language.Accuracy:F3} on {file}");
    }

    [SkippableFact]
    public void Care_intents_are_right_for_at_least_85_percent_in_every_language()
    {
        var result = Evaluate("scenarios/care-messages.dev.jsonl");

        foreach (var language in new[] { "pl", "ru", "en" })
        {
            var accuracy = result.For("intent", language).Accuracy;
            Assert.True(accuracy >= 0.85, $"intent accuracy {accuracy:F3} in {language}");
        }
    }

    [SkippableTheory]
    [InlineData("eval/complaint-en-brand-tweets.dev.jsonl", "complaint", 0.75)]
    [InlineData("eval/offensive-en-tweets.dev.jsonl", "offensive", 0.70)]
    [InlineData("eval/sentiment-pl-reviews.dev.jsonl", "sentiment", 0.60)]
    public void Macro_f1_meets_its_target(string file, string task, double target)
    {
        var result = Evaluate(file);

        var f1 = result.For(task, null).MacroF1();
        Assert.True(f1 >= target, $"{task} macro-F1 {f1:F3} < {target} on {file}");
    }

    [SkippableFact]
    public void English_tweet_sentiment_macro_recall_is_at_least_0_60()
    {
        var result = Evaluate("eval/sentiment-en-tweets.dev.jsonl");

        var recall = result.For("sentiment", null).MacroRecall;
        Assert.True(recall >= 0.60, $"macro-recall {recall:F3}");
    }

    [SkippableFact]
    public void Russian_brand_tweet_sentiment_f1_over_positive_and_negative_is_at_least_0_45()
    {
        var result = Evaluate("eval/sentiment-ru-brand-tweets.dev.jsonl");

        var f1 = result.For("sentiment", null).MacroF1(["positive", "negative"]);
        Assert.True(f1 >= 0.45, $"F1(pos,neg) {f1:F3}");
    }

    private static EvaluationResult Evaluate(string relative)
    {
        var data = SharedData.Folder();
        Skip.If(data is null, "shared/data is not beside the repository: the dev-set targets cannot be checked here.");
        using var reader = File.OpenText(Path.Combine(data!, relative));
        return ClassifierEvaluation.Evaluate(LabeledExampleReader.Read(reader), Sut);
    }
}
