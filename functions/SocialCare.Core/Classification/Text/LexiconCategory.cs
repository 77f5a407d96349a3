namespace SocialCare.Core.Classification.Text;

/// <summary>What a lexicon term says about a message; section names in the lexicon files are these names in lower case.</summary>
internal enum LexiconCategory
{
    Sentiment,
    Negation,
    Intensifier,
    Contrast,
    Insult,
    Profanity,
    Spam,
    Complaint,
    QuestionWord,
    Purchase,
    Thanks,
    SecondPerson,
    RepeatContact,
    Safety,
    LegalThreat,
    ChurnThreat,
    English,
    Polish,
    Russian,
    OtherLanguage,

    /// <summary>News and science register ("prof.", "naukowcy", "mln"): reported facts, not the writer's opinion.</summary>
    Reporting,

    /// <summary>Weighing and hedging words ("owszem", "ogólnie", "nieco", "zobaczymy"): the writer is of two minds.</summary>
    Hedge,
}
