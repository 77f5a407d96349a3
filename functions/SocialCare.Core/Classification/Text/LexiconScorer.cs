namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Walks the tokens once. Sentiment words are flipped by a negation within the next three words of the same clause
/// ("nie polecam", "не рекомендую", "not good"; a comma or a contrast word ends it), strengthened by an intensifier just before, and weighted up after a contrast
/// ("but", "ale", "но") because the clause after it usually carries the verdict.
/// </summary>
internal static class LexiconScorer
{
    private const int NegationScope = 3;

    public static TextFeatures Score(TokenizedText text, Lexicon lexicon)
    {
        var features = new TextFeatures(text);
        var tokens = text.Tokens;
        var negatedFor = 0;
        var intensity = 1f;
        var clauseWeight = 1f;
        var phrases = new List<LexiconPhrase>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // A negation ends with its clause: in "nie stresuje się, może spokojnie mówić" the calm is not negated.
            if (tokens[i].AfterBreak) negatedFor = 0;
            phrases.Clear();
            var (exact, stem) = lexicon.Lookup(tokens[i].Value, phrases);
            if (exact is null && stem is null && Elongation.IsStretched(tokens[i].Value))
            {
                (exact, stem) = lexicon.Lookup(Elongation.Shorten(tokens[i].Value, keep: 2), phrases);
                if (exact is null && stem is null) (exact, stem) = lexicon.Lookup(Elongation.Shorten(tokens[i].Value, keep: 1), phrases);
            }
            if (exact is null && stem is null && GluedNegation(tokens[i], lexicon) is { } glued)
            {
                // Polish writes "nie" onto adjectives and adverbs ("niedelikatny", "nieprzyjazna"): the word flipped.
                var value = (glued > 0 ? -glued : -glued * 0.3f) * intensity * clauseWeight;
                AddSentiment(features, negatedFor > 0 ? -value * 0.5f : value);
            }
            var nextIntensity = 1f;
            var negates = false;
            var contrasts = false;
            var notNegating = false;
            foreach (var phrase in phrases)
            {
                if (!phrase.MatchesAfter(tokens, i)) continue;
                // A negation phrase of weight 0 ("nie tylko", "not only") says the negation word negates nothing here.
                if (phrase.Category == LexiconCategory.Negation && phrase.Weight == 0) notNegating = true;
                else if (phrase.Category == LexiconCategory.Sentiment) AddSentiment(features, phrase.Weight * clauseWeight);
                else features[phrase.Category] += phrase.Weight;
            }
            var meanings = exact?.Meanings.Count ?? 0;
            var total = meanings + (stem?.Meanings.Count ?? 0);
            for (var m = 0; m < total; m++)
            {
                var (category, weight) = m < meanings ? exact!.Meanings[m] : stem!.Meanings[m - meanings];
                if (m >= meanings && exact is not null && exact.Meanings.Exists(e => e.Category == category)) continue;
                switch (category)
                {
                    case LexiconCategory.Sentiment:
                        var value = weight * intensity * clauseWeight;
                        if (negatedFor > 0) value = value > 0 ? -value : -value * 0.3f;
                        AddSentiment(features, value);
                        continue;
                    case LexiconCategory.Negation:
                        negates = true;
                        break;
                    case LexiconCategory.QuestionWord when i < 3:
                        features.OpensWithQuestionWord = true;
                        break;
                    case LexiconCategory.Intensifier:
                        nextIntensity = 1.5f;
                        break;
                    case LexiconCategory.Contrast:
                        contrasts = true;
                        features.LeadScore ??= features.RawPositive - features.RawNegative;
                        clauseWeight = 1.5f;
                        features.Positive *= 0.7f;
                        features.Negative *= 0.7f;
                        break;
                }
                features[category] += weight;
            }
            // A negation does not reach across "but": in "nie wiem, ale miła" the praise stands.
            negatedFor = negates && !notNegating ? NegationScope : contrasts ? 0 : Math.Max(0, negatedFor - 1);
            intensity = nextIntensity;
        }
        if (text.ExclamationMarks > 0)
        {
            features.Positive *= 1.2f;
            features.Negative *= 1.2f;
            // Exclamation with nothing negative around it is mostly enthusiasm ("See you tomorrow!").
            if (features.Negative == 0) features.Positive += 0.4f;
        }
        return features;
    }

    /// <summary>The sentiment of what follows a glued "nie", when the whole word is unknown; rest of four letters or more.</summary>
    private static float? GluedNegation(Token token, Lexicon lexicon)
    {
        var word = token.Value;
        if (token.IsEmoji || word.Length < 7 || !word.StartsWith("nie", StringComparison.Ordinal)) return null;
        return lexicon.SentimentOf(word.AsSpan(3));
    }

    private static void AddSentiment(TextFeatures features, float value)
    {
        if (value > 0)
        {
            features.Positive += value;
            features.RawPositive += value;
        }
        else
        {
            features.Negative -= value;
            features.RawNegative -= value;
        }
    }
}
