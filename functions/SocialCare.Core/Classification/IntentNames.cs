using System.Reflection;
using System.Text.Json.Serialization;

namespace SocialCare.Core.Classification;

/// <summary>Intents as the API, the corpus and saved replies spell them ("purchase_intent").</summary>
public static class IntentNames
{
    private static readonly Dictionary<Intent, string> Names = Enum.GetValues<Intent>().ToDictionary(
        i => i, i => typeof(Intent).GetField(i.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    private static readonly Dictionary<string, Intent> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<string> All => Names.Values;

    public static string Of(Intent intent) => Names[intent];

    public static Intent? Parse(string? name) => name is not null && Values.TryGetValue(name, out var intent) ? intent : null;
}
