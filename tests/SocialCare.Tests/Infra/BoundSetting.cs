namespace SocialCare.Tests.Infra;

/// <summary>A configuration name the code reads: a whole section ("Email") or one key ("Email:SmtpHost").</summary>
internal sealed record BoundSetting(string Name, bool IsSection, string FoundIn)
{
    /// <summary>The app setting name in Azure, where ':' becomes '__'.</summary>
    public string AppSettingName => Name.Replace(":", "__", StringComparison.Ordinal);
}
