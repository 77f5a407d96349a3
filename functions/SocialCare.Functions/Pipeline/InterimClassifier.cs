using SocialCare.Core.Classification;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Pipeline;

/// <summary>A small keyword classifier that keeps the pipeline honest until the offline classifier is wired in.</summary>
public sealed class InterimClassifier : ITextClassifier
{
    private static readonly string[] Negative = ["nie ", "не ", "not ", "never", "nigdy", "никогда", "!!!", "worst", "skandal", "ужас"];
    private static readonly string[] Questions = ["?", "czy ", "как ", "how ", "when "];

    public ValueTask<Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken)
    {
        var text = input.Text.ToLowerInvariant();
        var negative = Negative.Any(text.Contains);
        var intent = negative ? Intent.Complaint : Questions.Any(text.Contains) ? Intent.Question : Intent.Other;
        var language = text.Any(c => c is >= 'а' and <= 'я') ? "ru" : text.Any(c => "ąćęłńóśźż".Contains(c)) ? "pl" : "en";
        return ValueTask.FromResult(new Classification(language, negative ? Sentiment.Negative : Sentiment.Neutral, 0.5, intent, [], PriorityAssessment.Normal, Classification.SourceOffline));
    }
}
