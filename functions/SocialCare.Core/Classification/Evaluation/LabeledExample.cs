namespace SocialCare.Core.Classification.Evaluation;

/// <summary>One text with its gold labels, keyed by task ("intent", "sentiment", "complaint", "offensive").</summary>
public sealed record LabeledExample(string Language, string Text, IReadOnlyDictionary<string, string> Gold);
