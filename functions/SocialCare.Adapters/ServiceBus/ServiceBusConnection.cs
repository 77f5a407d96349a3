using Microsoft.Extensions.Configuration;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>
/// The Functions host's own connection setting for the bindings: <c>ServiceBusConnection</c> holds a connection
/// string, or <c>ServiceBusConnection__fullyQualifiedNamespace</c> (+ <c>__credential</c>, <c>__clientId</c>) names
/// the namespace for an identity. The app reads the same setting, so its sends and the bindings reach one namespace.
/// </summary>
public sealed record ServiceBusConnection(string? ConnectionString, string? FullyQualifiedNamespace, string? ClientId)
{
    public const string SectionName = "ServiceBusConnection";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(FullyQualifiedNamespace);

    public static ServiceBusConnection From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return new ServiceBusConnection(section.Value, section["fullyQualifiedNamespace"], section["clientId"]);
    }
}
