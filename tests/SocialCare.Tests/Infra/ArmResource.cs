using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialCare.Tests.Infra;

/// <summary>One resource of the compiled ARM template, with the (nested) template that declares it.</summary>
internal sealed partial record ArmResource(string Type, JsonObject Body, JsonObject DeclaringTemplate)
{
    public string Name => Body["name"]?.GetValue<string>() ?? "";

    public string Property(string name) => Body["properties"]?[name]?.ToString() ?? "";

    public string Scope => Body["scope"]?.ToString() ?? "";

    /// <summary>The resource type an extension resource is scoped to: <c>Microsoft.ServiceBus/namespaces/queues</c> from <c>[resourceId('Microsoft.ServiceBus/namespaces/queues', …)]</c>.</summary>
    public string ScopeType => ScopeResourceId().Match(Scope) is { Success: true } m ? m.Groups["type"].Value : "";

    /// <summary>
    /// The last name segment of the scope resource, loops over a literal array expanded: the queue names of
    /// <c>[resourceId('…/queues', parameters('serviceBusName'), variables('queueNames')[copyIndex()])]</c>.
    /// </summary>
    public IReadOnlyList<string> ScopeNames
    {
        get
        {
            if (ScopeLoopOverVariable().Match(Scope) is { Success: true } loop
                && DeclaringTemplate["variables"]?[loop.Groups["variable"].Value] is JsonArray items)
            {
                return [.. items.Select(i => i?.GetValue<string>() ?? "")];
            }

            return ScopeTrailingLiteral().Match(Scope) is { Success: true } literal ? [literal.Groups["literal"].Value] : [];
        }
    }

    [GeneratedRegex(@"^\[(?:extensionResourceId\([^)]*\)|resourceId)\('(?<type>[^']+)'")]
    private static partial Regex ScopeResourceId();

    [GeneratedRegex(@"variables\('(?<variable>[^']+)'\)\[copyIndex\(\)\]\)\]$")]
    private static partial Regex ScopeLoopOverVariable();

    [GeneratedRegex(@"'(?<literal>[^']+)'\)\]$")]
    private static partial Regex ScopeTrailingLiteral();
}
