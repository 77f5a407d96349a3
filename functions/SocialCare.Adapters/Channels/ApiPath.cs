using System.Globalization;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Relative API paths whose ids are each exactly one segment: an id is percent-encoded, so '/', '?', '#' and '%' stay
/// inside its segment. "." and ".." are refused, because the Uri class resolves them (even written %2E) into another
/// resource, and so is an empty id, which would drop a segment.
/// </summary>
internal static class ApiPath
{
    /// <returns>The path, e.g. <c>Of($"2/tweets/{id}/hidden")</c>, or null when an id cannot be a path segment.</returns>
    public static string? Of(FormattableString template)
    {
        var ids = template.GetArguments();
        var segments = new object?[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = Convert.ToString(ids[i], CultureInfo.InvariantCulture);
            if (id is null or "" or "." or "..") return null;
            segments[i] = Uri.EscapeDataString(id);
        }
        return string.Format(CultureInfo.InvariantCulture, template.Format, segments);
    }

    /// <summary>Why a publish was refused when <see cref="Of"/> gave null.</summary>
    public const string Unusable = "an id of this request is not usable as an API path segment (empty, '.' or '..')";
}
