namespace SocialCare.Functions.Hosting;

/// <summary>
/// Names the function folder (Triggers/&lt;Name&gt;/function.json) this class handles. Not WebJobs' or the isolated
/// worker's [FunctionName]/[Function]: this app is a custom handler, and the name says what the attribute does here.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HandlesFunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
