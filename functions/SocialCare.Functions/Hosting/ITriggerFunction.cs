namespace SocialCare.Functions.Hosting;

/// <summary>A queue or timer function, invoked with the host's {Data, Metadata} envelope at POST /{FunctionName}.</summary>
public interface ITriggerFunction
{
    Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken);
}
