using Microsoft.Extensions.Options;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Pipeline;

namespace SocialCare.Functions.Functions.Notify;

/// <summary>notify: emails the team about a conversation, once per notification id and recipient.</summary>
[FunctionName("Notify")]
public sealed class NotifyFunction(IConversationStore store, IEmailSender email, NotificationClaims claims, IOptions<NotificationOptions> options) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.NotifyMessage);
        var recipient = options.Value.DefaultEmail;
        var found = await store.GetAsync(message.ConversationId ?? "", cancellationToken)
            ?? throw new InvalidOperationException($"Conversation {message.ConversationId} for {message.NotificationId} does not exist.");
        var messages = await store.GetMessagesAsync(found.Value.Id, cancellationToken);
        var latest = messages.LastOrDefault(m => m.Id == message.EventId) ?? messages.LastOrDefault();
        var (html, text) = ConversationEmail.Body(found.Value, latest, []);
        var mail = new EmailMessage(Core.Events.EventIds.Digest(message.NotificationId + recipient), [recipient], ConversationEmail.Subject(found.Value, latest), html, text);
        var sent = await claims.SendOnceAsync(message.NotificationId, "email:" + recipient, ct => email.SendAsync(mail, ct), cancellationToken);
        return TriggerResult.Empty().Log($"{message.NotificationId} {(sent ? "sent" : "already sent")}");
    }
}
