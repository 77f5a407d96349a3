namespace SocialCare.Functions.Hosting;

/// <summary>
/// An endpoint's function.json httpTrigger binding (function name, authLevel, methods, route), attached to every
/// endpoint the function maps: the local host decides keys from it, and a test holds the endpoints to it.
/// </summary>
public sealed record HttpTriggerMetadata(string Function, string AuthLevel, IReadOnlyList<string> Methods, string Route)
{
    public bool IsAnonymous => string.Equals(AuthLevel, "anonymous", StringComparison.OrdinalIgnoreCase);
}
