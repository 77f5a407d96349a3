namespace SocialCare.Core.Classification.Evaluation;

/// <summary>
/// How the classifier's outputs answer each evaluation task:
/// <list type="bullet">
/// <item><c>intent</c>, <c>sentiment</c>: the labels as they are (a predicted "mixed" on a set without mixed counts as wrong).</item>
/// <item><c>complaint</c>: "complaint" when the intent is complaint or abuse (abuse aimed at a brand breaches an expectation
/// as much as a complaint does), else "not_complaint".</item>
/// <item><c>offensive</c>: "offensive" when the text insults someone or swears (<see cref="TextAnalysis.Offensive"/>), else
/// "not_offensive": exactly what moderation hides a public comment for (<see cref="Moderation.ModerationPolicy"/>), so
/// this figure is what moderation does, not a flag beside it.</item>
/// </list>
/// </summary>
public static class TaskPredictions
{
    public static string? Predict(string task, TextAnalysis analysis) => task switch
    {
        "intent" => Label(analysis.Intent),
        "sentiment" => Label(analysis.Sentiment),
        "complaint" => analysis.Intent is Intent.Complaint or Intent.Abuse ? "complaint" : "not_complaint",
        "offensive" => analysis.Offensive ? "offensive" : "not_offensive",
        _ => null,
    };

    public static string Label(Intent intent) => intent switch
    {
        Intent.PurchaseIntent => "purchase_intent",
        _ => intent.ToString().ToLowerInvariant(),
    };

    public static string Label(Sentiment sentiment) => sentiment.ToString().ToLowerInvariant();
}
