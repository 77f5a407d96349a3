namespace SocialCare.Tests.Infra;

public sealed class SettingsCoverageTests
{
    /// <summary>
    /// The drift test trusts the scanner: were it to find nothing, nothing would be missing. So its findings on the
    /// real tree are checked against what reflection says independently: every options type's section is found.
    /// </summary>
    [Fact]
    public void The_scanner_finds_the_section_of_every_options_type_in_the_app()
    {
        var sections = new[] { typeof(SocialCare.Core.Ports.IQueueSender), typeof(SocialCare.Adapters.Tables.StorageOptions), typeof(SocialCare.Functions.SocialCareApp) }
            .SelectMany(t => t.Assembly.GetTypes())
            .Select(t => t.GetField("SectionName", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f!.GetRawConstantValue()!)
            .Distinct()
            .ToList();

        var found = ConfigurationKeyScanner.ScanTree(RepositoryRoot.Combine("functions")).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.True(sections.Count >= 10, $"only {sections.Count} options types found by reflection");
        Assert.All(sections, section => Assert.Contains(section, found));
    }

    [Fact]
    public void A_section_with_no_app_setting_under_it_is_reported_by_name()
    {
        BoundSetting[] bound = [new("Crisis", IsSection: true, "CrisisOptions.cs"), new("Meta", IsSection: true, "MetaOptions.cs")];

        var sut = SettingsCoverage.Missing(bound, ["Meta__AppSecret"], []);

        Assert.Equal(["Crisis"], sut.Select(s => s.Name));
    }

    [Fact]
    public void A_key_is_covered_only_by_its_exact_app_setting_or_a_documented_row()
    {
        BoundSetting[] bound =
        [
            new("Email:SmtpHost", IsSection: false, "a.cs"),
            new("Email:Password", IsSection: false, "a.cs"),
            new("Email:Port", IsSection: false, "a.cs"),
        ];

        var sut = SettingsCoverage.Missing(bound, ["Email__SmtpHost", "Email__PortNumber"], ["Email:Password"]);

        Assert.Equal(["Email:Port"], sut.Select(s => s.Name));
    }
}
