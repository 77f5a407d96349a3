using SocialCare.Core.Publishing;

namespace SocialCare.Core.Classification.Moderation;

public static class PublishRefusals
{
    /// <summary>
    /// A refusal is decided before the platform is called (unsupported action, missing id): retrying cannot help.
    /// Platform failures carry the platform's status or a Retry-After.
    /// </summary>
    public static bool IsRefusal(this PublishResult result) =>
        !result.Succeeded && result.PlatformStatus is null && result.RetryAfter is null && result.PlatformId is null;
}
