namespace SocialCare.Tests.Infra;

/// <summary>Builds infra/main.bicep once for every test in the "Bicep" collection.</summary>
public sealed class CompiledTemplateFixture
{
    public CompiledTemplateFixture()
    {
        Build = BicepCli.Run("build", RepositoryRoot.Combine("infra", "main.bicep"), "--stdout");
        Template = Build.ExitCode == 0 ? CompiledTemplate.Parse(Build.StandardOutput) : null;
    }

    internal BicepResult Build { get; }

    internal CompiledTemplate? Template { get; }

    internal CompiledTemplate Compiled =>
        Template ?? throw new InvalidOperationException($"bicep build failed:{Environment.NewLine}{Build.Diagnostics}");
}
