namespace SocialCare.Tests.ServiceBus;

/// <summary>Tests that set a process environment variable the app reads at start: run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
