namespace SocialCare.Functions.Hosting;

/// <summary>Names the function folder (Functions/&lt;Name&gt;/function.json) this class handles.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FunctionNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
