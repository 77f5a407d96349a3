namespace SocialCare.Tests.Infra;

/// <summary>Which bound settings neither the Bicep app settings nor infra/secrets.md account for.</summary>
internal static class SettingsCoverage
{
    public static IReadOnlyList<BoundSetting> Missing(
        IEnumerable<BoundSetting> bound,
        IEnumerable<string> appSettingNames,
        IEnumerable<string> documentedSettings)
    {
        var provided = appSettingNames
            .Concat(documentedSettings.Select(s => s.Replace(":", "__", StringComparison.Ordinal)))
            .ToList();
        return [.. bound.Where(setting => !provided.Any(name => Covers(name, setting))).DistinctBy(s => s.Name)];
    }

    private static bool Covers(string provided, BoundSetting setting)
    {
        var wanted = setting.AppSettingName;
        return string.Equals(provided, wanted, StringComparison.OrdinalIgnoreCase)
            || (setting.IsSection && provided.StartsWith(wanted + "__", StringComparison.OrdinalIgnoreCase));
    }
}
