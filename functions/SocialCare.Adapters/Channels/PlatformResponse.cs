using System.Text.Json;

namespace SocialCare.Adapters.Channels;

/// <summary>A platform's answer: status, parsed JSON body (null when not JSON) and how long it asked us to wait.</summary>
internal sealed record PlatformResponse(int Status, JsonElement? Body, string RawBody, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
