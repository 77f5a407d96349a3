using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Drafts;

/// <summary>Checks a draft against the case it answers: the customer's language and intent (the agent's correction first), the platform, the name.</summary>
public sealed class DraftReview(IConversationStore store, DraftChecker checker)
{
    /// <summary>The findings, or null when there is no such conversation. <paramref name="isPublic"/> null: as the thread is (a comment is public, a private message is not).</summary>
    public async Task<IReadOnlyList<DraftFinding>?> CheckAsync(string conversationId, string text, bool? isPublic, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null) return null;
        var c = found.Value;
        bool pub;
        if (isPublic is { } given)
        {
            pub = given;
        }
        else
        {
            var messages = await store.GetMessagesAsync(conversationId, cancellationToken);
            pub = IsPublic(messages);
        }
        return await checker.CheckAsync(text, ContextOf(c, pub), cancellationToken);
    }

    public static DraftContext ContextOf(Conversation c, bool isPublic) =>
        new(c.Classification?.Language, c.Labels?.Intent ?? c.Classification?.Intent, c.Platform, isPublic, c.Customer.Name);

    /// <summary>A reply is public when it answers a public post or comment: the customer's last message was not private.</summary>
    public static bool IsPublic(IEnumerable<ConversationMessage> messages) =>
        messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound) is { } last && !last.Kind.IsPrivate();
}
