using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Notifications;

/// <summary>
/// Fallback links while no signed action links are registered: every button opens the conversation at
/// Links:BaseUrl/api/conversations/{id}, where the agent claims or resolves it.
/// </summary>
public sealed class ConversationPageLinks(IOptions<LinksOptions> options) : IActionLinks
{
    public Uri Claim(string conversationId, string? agentId) => new(Conversation(conversationId) + "#claim");

    public Uri Resolve(string conversationId, string? agentId) => new(Conversation(conversationId) + "#resolve");

    public Uri Conversation(string conversationId) =>
        new($"{options.Value.BaseUrl.TrimEnd('/')}/api/conversations/{Uri.EscapeDataString(conversationId)}");
}
