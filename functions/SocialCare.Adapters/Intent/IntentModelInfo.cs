namespace SocialCare.Adapters.Intent;

/// <summary>
/// What a model is: its version, when and from how many examples it was trained (corpus and corrections), the
/// digest of the corpus it read, and its figures (cross-validated accuracy per language, or accuracy on held-back
/// corrections against the model it replaced), and how many priority corrections its priority model learned (none: the
/// rules set priority alone).
/// </summary>
public sealed record IntentModelInfo(
    string Version,
    DateTimeOffset TrainedAt,
    int Examples,
    int Corrections,
    string CorpusDigest,
    IReadOnlyDictionary<string, double> Figures,
    int PriorityCorrections = 0);
