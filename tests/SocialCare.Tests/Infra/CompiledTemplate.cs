using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialCare.Tests.Infra;

/// <summary>
/// The ARM JSON that <c>bicep build infra/main.bicep</c> writes, read as data: resources from every nested module
/// deployment, resource names with loops over literal arrays expanded, and the app settings object.
/// </summary>
internal sealed partial class CompiledTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public static CompiledTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("bicep build wrote no JSON object."));

    public IReadOnlyList<ArmResource> Resources => [.. Walk(Root)];

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The last name segment of each resource of a type (queue or table names), loops expanded.</summary>
    public IReadOnlySet<string> ChildNames(string type) =>
        OfType(type).SelectMany(LastNameSegments).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every app setting passed to a module as <c>appSettings</c> or declared in a sites/config resource.</summary>
    public IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var node in Descendants(Root).OfType<JsonObject>())
            {
                if (node["appSettings"]?["value"] is JsonObject passed)
                {
                    AddAll(settings, passed);
                }
            }

            foreach (var config in OfType("Microsoft.Web/sites/config"))
            {
                if (config.Body["properties"] is JsonObject declared)
                {
                    AddAll(settings, declared);
                }
            }

            return settings;
        }
    }

    private static void AddAll(Dictionary<string, string> settings, JsonObject values)
    {
        foreach (var (name, value) in values)
        {
            settings[name] = value?.ToString() ?? "";
        }
    }

    private static IEnumerable<ArmResource> Walk(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            var type = resource["type"]?.GetValue<string>() ?? "";
            yield return new ArmResource(type, resource, template);
            if (type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> LastNameSegments(ArmResource resource)
    {
        var name = resource.Name;
        if (!name.StartsWith('['))
        {
            return [name.Split('/')[^1]];
        }

        var loop = LoopOverVariable().Match(name);
        if (loop.Success && resource.DeclaringTemplate["variables"]?[loop.Groups["variable"].Value] is JsonArray items)
        {
            return items.Select(i => i?.GetValue<string>() ?? "");
        }

        var literal = TrailingLiteral().Match(name);
        return literal.Success ? [literal.Groups["literal"].Value] : [name];
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    [GeneratedRegex(@"variables\('(?<variable>[^']+)'\)\[copyIndex\(\)\]\)\]$")]
    private static partial Regex LoopOverVariable();

    [GeneratedRegex(@"'(?<literal>[^']+)'\)\]$")]
    private static partial Regex TrailingLiteral();
}
