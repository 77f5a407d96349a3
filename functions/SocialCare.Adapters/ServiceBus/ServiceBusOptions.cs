namespace SocialCare.Adapters.ServiceBus;

/// <summary>Set <see cref="Namespace"/> (e.g. "sc-prod.servicebus.windows.net") to send through Service Bus instead of local queues.</summary>
public sealed class ServiceBusOptions
{
    public const string SectionName = "ServiceBus";

    public string? Namespace { get; set; }

    /// <summary>Overrides https://{Namespace}/ (tests point it at a local listener).</summary>
    public Uri? Endpoint { get; set; }
}
