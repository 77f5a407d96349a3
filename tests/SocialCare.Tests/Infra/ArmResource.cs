using System.Text.Json.Nodes;

namespace SocialCare.Tests.Infra;

/// <summary>One resource of the compiled ARM template, with the (nested) template that declares it.</summary>
internal sealed record ArmResource(string Type, JsonObject Body, JsonObject DeclaringTemplate)
{
    public string Name => Body["name"]?.GetValue<string>() ?? "";

    public string Property(string name) => Body["properties"]?[name]?.ToString() ?? "";

    public string Scope => Body["scope"]?.ToString() ?? "";
}
