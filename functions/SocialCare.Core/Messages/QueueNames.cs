namespace SocialCare.Core.Messages;

/// <summary>The queues between the steps; the same names stand in every function.json and in infra/.</summary>
public static class QueueNames
{
    public const string Classify = "classify";
    public const string Route = "route";
    public const string Notify = "notify";
    public const string DeadLetterSuffix = "-deadletter";

    public static IReadOnlyList<string> All { get; } = [Classify, Route, Notify];
}
