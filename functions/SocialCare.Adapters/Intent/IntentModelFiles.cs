using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Adapters.Intent;

/// <summary>A model as two files: <c>intent.bin</c> (the weights) and <c>intent.json</c> (<see cref="IntentModelInfo"/>).</summary>
public static class IntentModelFiles
{
    public const string ModelFile = "intent.bin";
    public const string InfoFile = "intent.json";

    /// <summary>Where the app finds the model trained from the corpus by <c>./run train</c>: shipped beside the handler.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "Models");

    public static void Save(IntentModel model, string folder)
    {
        Directory.CreateDirectory(folder);
        using (var stream = File.Create(Path.Combine(folder, ModelFile))) model.Save(stream);
        File.WriteAllText(Path.Combine(folder, InfoFile), JsonSerializer.Serialize(model.Info, IntentJson.Default.IntentModelInfo) + "\n");
    }

    public static IntentModel Load(string folder)
    {
        var info = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(folder, InfoFile)), IntentJson.Default.IntentModelInfo)
            ?? throw new InvalidDataException($"{folder}/{InfoFile} is empty.");
        using var stream = File.OpenRead(Path.Combine(folder, ModelFile));
        return IntentModel.Load(stream, info);
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(IntentModelInfo))]
public sealed partial class IntentJson : JsonSerializerContext;
