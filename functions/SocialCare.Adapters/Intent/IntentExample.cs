using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>One labelled message to learn from: the corpus's, or an agent's correction (weighted above the corpus).</summary>
public sealed record IntentExample(string Text, Core.Classification.Intent Intent, string Language, float Weight = 1f);
