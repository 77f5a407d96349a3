using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;

namespace SocialCare.Core.Replies;

/// <summary>A suggested answer: its text with the variables filled, language, kind and where it came from ("built-in" or "saved:{id}").</summary>
public sealed record Suggestion(string Text, string Language, string Kind, string Source);

/// <summary>The kinds of <see cref="Suggestion"/>.</summary>
public static class SuggestionKinds
{
    public const string Thanks = "thanks";
    public const string Apology = "apology";
    public const string Answer = "answer";
    public const string Offer = "offer";
    public const string AfterHours = "after_hours";
    public const string Saved = "saved";
}

/// <summary>
/// Up to three answers for a case, in the customer's language (pl, ru, en; English otherwise): when the channel is
/// closed, when the team is back (the schedule's real next opening); the brand's saved replies for the intent; and the
/// built-in answer for the intent: thanks for praise, an apology with a next step and the agent's name on a complaint,
/// a frame that asks for what is missing on a question, an answer with an offer to continue privately on a purchase
/// question. Spam and abuse get no built-in answer (they are moderated). A suggestion that only sends the customer
/// elsewhere is never offered, however it was saved.
/// </summary>
public static class ReplySuggester
{
    public const int Max = 3;
    public const string BuiltIn = "built-in";

    private sealed record Phrases(string Thanks, string Apology, string AskOrder, string AnswerFrame, string Offer, string AfterHours, string At);

    private static readonly Dictionary<string, Phrases> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new(
            "Thank you, {customer.firstName}! That means a lot to the whole team, I'll pass it on. {agent.name}",
            "We're sorry, {customer.firstName}, that's not how it should be. I'm {agent.name} and I'll look into it myself: I'm checking it with the team now and will write back here today.",
            "Hi {customer.firstName}, thanks for asking here! So I can check it right away, could you send me the order number? {agent.name}",
            "Hi {customer.firstName}, thanks for asking here! … {agent.name}",
            "Hi {customer.firstName}, great choice! … If you like, we can continue in a private message and I'll help you pick and order. {agent.name}",
            "Thanks for writing, {customer.firstName}! We're offline now and back {nextOpening}; we'll answer you here then.",
            "at"),
        ["pl"] = new(
            "Dziękujemy, {customer.firstName}! Bardzo nam miło, przekażę to całemu zespołowi. {agent.name}",
            "Przepraszamy, {customer.firstName}, tak nie powinno być. Nazywam się {agent.name} i zajmę się tym osobiście: sprawdzam to teraz z zespołem i odpiszę tutaj jeszcze dziś.",
            "Cześć {customer.firstName}, dzięki za pytanie! Żebym mógł to od razu sprawdzić, podaj proszę numer zamówienia. {agent.name}",
            "Cześć {customer.firstName}, dzięki za pytanie! … {agent.name}",
            "Cześć {customer.firstName}, świetny wybór! … Jeśli chcesz, możemy kontynuować w prywatnej wiadomości, pomogę wybrać i zamówić. {agent.name}",
            "Dziękujemy za wiadomość, {customer.firstName}! Teraz jesteśmy offline, wracamy {nextOpening} i wtedy odpowiemy tutaj.",
            "o"),
        ["ru"] = new(
            "Спасибо, {customer.firstName}! Очень приятно, передам всей команде. {agent.name}",
            "Извините, {customer.firstName}, так быть не должно. Меня зовут {agent.name}, я займусь этим лично: уже проверяю с командой и отвечу здесь сегодня.",
            "Здравствуйте, {customer.firstName}, спасибо за вопрос! Чтобы я сразу проверил, пришлите, пожалуйста, номер заказа. {agent.name}",
            "Здравствуйте, {customer.firstName}, спасибо за вопрос! … {agent.name}",
            "Здравствуйте, {customer.firstName}, отличный выбор! … Если хотите, продолжим в личных сообщениях, я помогу выбрать и оформить заказ. {agent.name}",
            "Спасибо за сообщение, {customer.firstName}! Сейчас мы не в сети, вернёмся {nextOpening} и ответим здесь.",
            "в"),
    };

    /// <param name="thread">The case's messages, to see what the customer already gave (an order number).</param>
    /// <param name="agentName">Who answers: the owner, or the agent asking.</param>
    /// <param name="schedule">The channel's schedule, for the after-hours answer and {nextOpening}.</param>
    /// <param name="saved">The brand's saved replies (any language; those in the customer's language are used).</param>
    public static IReadOnlyList<Suggestion> For(Conversation c, IReadOnlyList<ConversationMessage> thread, string? agentName, ChannelSchedule schedule,
        IReadOnlyList<SavedReply> saved, DateTimeOffset now)
    {
        var language = LanguageOf(c);
        var phrases = ByLanguage[language];
        var intent = IntentOf(c);
        var status = new OpeningHours(schedule).Status(now);
        var values = ValuesFor(c, agentName, schedule, now);

        var candidates = new List<(string Text, string Kind, string Source)>();
        if (!status.Open && status.OpensAt is not null) candidates.Add((phrases.AfterHours, SuggestionKinds.AfterHours, BuiltIn));
        candidates.AddRange(saved
            .Where(r => r.Language == language && r.Intents.Contains(intent))
            .Concat(saved.Where(r => r.Language == language && r.Intents.Count == 0))
            .Select(r => (r.Text, SuggestionKinds.Saved, $"saved:{r.Id}")));
        if (BuiltInFor(intent, phrases, thread) is { } builtIn) candidates.Add(builtIn);

        return candidates
            .Select(s => new Suggestion(ReplyTemplate.Fill(s.Text, values), language, s.Kind, s.Source))
            .Where(s => s.Text.Length > 0 && DeflectionCheck.Find(s.Text) is null)
            .DistinctBy(s => s.Text)
            .Take(Max)
            .ToList();
    }

    /// <summary>
    /// What "/" finds in the composer: the saved replies in the case's language whose title or text holds
    /// <paramref name="query"/> (any, when empty), those for the case's intent first, filled for the case.
    /// </summary>
    public static IReadOnlyList<(string Title, string Text)> Find(Conversation c, string? agentName, ChannelSchedule schedule, IReadOnlyList<SavedReply> saved,
        string query, DateTimeOffset now, int max = 8)
    {
        var language = LanguageOf(c);
        var intent = IntentOf(c);
        var values = ValuesFor(c, agentName, schedule, now);
        query = query.Trim();
        return saved
            .Where(r => r.Language == language)
            .Where(r => query.Length == 0 || r.Title.Contains(query, StringComparison.CurrentCultureIgnoreCase) || r.Text.Contains(query, StringComparison.CurrentCultureIgnoreCase))
            .OrderByDescending(r => r.Intents.Contains(intent))
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(max)
            .Select(r => (r.Title, ReplyTemplate.Fill(r.Text, values)))
            .ToList();
    }

    /// <summary>The case's language when the assistant speaks it (pl, ru, en); English otherwise.</summary>
    public static string LanguageOf(Conversation c) => c.Classification?.Language is { } l && ByLanguage.ContainsKey(l) ? l : "en";

    private static Intent IntentOf(Conversation c) => c.Labels?.Intent ?? c.Classification?.Intent ?? Intent.Other;

    /// <summary>The variables' values for a case: the customer's first name, who answers, when the channel opens next.</summary>
    public static IReadOnlyDictionary<string, string?> ValuesFor(Conversation c, string? agentName, ChannelSchedule schedule, DateTimeOffset now)
    {
        var language = LanguageOf(c);
        var hours = new OpeningHours(schedule);
        var opens = hours.Status(now) is { Open: false, OpensAt: { } at } ? at : hours.NextOpening(now);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ReplyTemplate.CustomerFirstName] = ReplyTemplate.FirstName(c.Customer.Name),
            [ReplyTemplate.AgentName] = agentName,
            [ReplyTemplate.NextOpening] = opens is { } o ? NextOpening(hours, now, o, language, ByLanguage[language].At) : null,
        };
    }

    private static (string, string, string)? BuiltInFor(Intent intent, Phrases phrases, IReadOnlyList<ConversationMessage> thread) => intent switch
    {
        Intent.Praise => (phrases.Thanks, SuggestionKinds.Thanks, BuiltIn),
        Intent.Complaint => (phrases.Apology, SuggestionKinds.Apology, BuiltIn),
        Intent.Question => (GaveOrderNumber(thread) ? phrases.AnswerFrame : phrases.AskOrder, SuggestionKinds.Answer, BuiltIn),
        Intent.PurchaseIntent => (phrases.Offer, SuggestionKinds.Offer, BuiltIn),
        Intent.Other => (phrases.AnswerFrame, SuggestionKinds.Answer, BuiltIn),
        _ => null,
    };

    /// <summary>The customer already wrote a number of four digits or more (an order, a parcel).</summary>
    private static bool GaveOrderNumber(IReadOnlyList<ConversationMessage> thread) =>
        thread.Any(m => m.Direction == MessageDirection.Inbound && System.Text.RegularExpressions.Regex.IsMatch(m.Text, @"\d{4,}"));

    /// <summary>"tomorrow at 8:00", "w poniedziałek o 8:00", "сегодня в 12:00", in the channel's time zone.</summary>
    private static string NextOpening(OpeningHours hours, DateTimeOffset now, DateTimeOffset opens, string language, string at)
    {
        var local = TimeZoneInfo.ConvertTime(opens, hours.Zone);
        var day = LocalPhrases.For(language).Day(hours.LocalDate(now), DateOnly.FromDateTime(local.DateTime));
        return $"{day} {at} {LocalPhrases.Time(TimeOnly.FromDateTime(local.DateTime))}";
    }
}
