using System.Reflection;
using System.Text.Json.Serialization;

namespace SocialCare.Adapters.Intent;

/// <summary>Intents as the API and the corpus spell them ("purchase_intent").</summary>
public static class IntentNames
{
    private static readonly Dictionary<Core.Classification.Intent, string> Names = Enum.GetValues<Core.Classification.Intent>().ToDictionary(
        i => i, i => typeof(Core.Classification.Intent).GetField(i.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    private static readonly Dictionary<string, Core.Classification.Intent> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Of(Core.Classification.Intent intent) => Names[intent];

    public static Core.Classification.Intent? Parse(string? name) => name is not null && Values.TryGetValue(name, out var intent) ? intent : null;
}
