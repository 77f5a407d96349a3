using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// One labelled message to learn from: the corpus's, or an agent's correction (weighted above the corpus). A corpus
/// message knows its writer (<see cref="IntentCorpus.WriterOf"/>), so a model can be measured on a writer it never read.
/// </summary>
public sealed record IntentExample(string Text, Core.Classification.Intent Intent, string Language, float Weight = 1f, string Writer = "");

/// <summary>
/// An agent's priority correction to learn from: the customer's message, the level it had (<see cref="RuledLevel"/>,
/// what the rules gave it, or an earlier agent's level) and the level the agent set.
/// </summary>
public sealed record PriorityExample(string Text, int RuledLevel, int Level);
