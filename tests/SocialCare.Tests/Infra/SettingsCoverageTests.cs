namespace SocialCare.Tests.Infra;

public sealed class SettingsCoverageTests
{
    [Fact]
    public void Scanner_finds_sections_keys_and_options_section_names()
    {
        const string source = """
            services.AddOptions<MetaOptions>().BindConfiguration("Meta").ValidateOnStart();
            var smtp = builder.Configuration.GetSection("Email:Smtp");
            public const string SectionName = "Teams";
            var key = configuration["Api:FunctionKey"];
            var port = config.GetValue<int>("Email:SmtpPort");
            var cs = configuration.GetConnectionString("Tables");
            var handlerPort = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
            var header = request.Headers["X-Hub-Signature-256"];
            var relative = section["SmtpHost"];
            """;

        var sut = ConfigurationKeyScanner.Scan(source, "Sample.cs").Select(s => (s.Name, s.IsSection)).ToList();

        Assert.Equal(
            [("Meta", true), ("Email:Smtp", true), ("Teams", true), ("Api:FunctionKey", false), ("Email:SmtpPort", false),
             ("FUNCTIONS_CUSTOMHANDLER_PORT", false), ("ConnectionStrings:Tables", false)],
            sut);
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
