namespace SocialCare.Tests.Infra;

internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Diagnostics => (StandardError + Environment.NewLine + StandardOutput).Trim();
}
