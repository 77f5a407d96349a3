namespace SocialCare.Core.Ports;

/// <summary>Signed, expiring links an agent clicks in a Teams card or an email to claim or resolve a conversation.</summary>
public interface IActionLinks
{
    Uri Claim(string conversationId, string? agentId);
    Uri Resolve(string conversationId, string? agentId);
    /// <summary>The conversation in the agent workspace (/inbox/conversations/{id}): the person signs in there, no key.</summary>
    Uri Conversation(string conversationId);
}
