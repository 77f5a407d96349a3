using SocialCare.Core.Ports;

namespace SocialCare.Tests.Notifications.Fakes;

public sealed class FixedLinks : IActionLinks
{
    public Uri Claim(string conversationId, string? agentId) => new($"https://care.test/api/actions/claim?c={Uri.EscapeDataString(conversationId)}&sig=abc");

    public Uri Resolve(string conversationId, string? agentId) => new($"https://care.test/api/actions/resolve?c={Uri.EscapeDataString(conversationId)}&sig=abc");

    public Uri Conversation(string conversationId) => new($"https://care.test/inbox/conversations/{Uri.EscapeDataString(conversationId)}");
}
