using Microsoft.Playwright;
using SocialCare.Core.Classification;

namespace SocialCare.Tests.Workspace;

/// <summary>The supervisor's reports page: figures per agent and team, the charts drawn, the CSV, and agents kept out.</summary>
public sealed partial class WorkspaceBrowserTests
{
    [Fact]
    public async Task A_supervisor_reads_the_reports_with_their_charts_and_an_agent_is_kept_out()
    {
        var c = await Fixture.ConversationOfAsync("reported", "Kurier zgubił paczkę", Intent.Complaint, owner: "anna");
        (await Fixture.App.PostAsync($"/api/conversations/{c["id"]}/reply", new { agentId = "anna", text = "Przepraszamy! Sprawdzam to u kuriera i odpiszę tu jeszcze dziś." })).EnsureSuccessStatusCode();
        var page = await Fixture.SignedInAsync(WorkspaceFixture.SupervisorEmail, "/inbox");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2026-11-23");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-11-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var agents = page.GetByRole(AriaRole.Region, new() { Name = "Agents" });
        var anna = agents.GetByRole(AriaRole.Row).Filter(new() { HasText = "Anna Kowalska" });
        await Assertions.Expect(anna).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Teams" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "care" })).ToHaveCountAsync(1);
        foreach (var chart in new[] { "First reply and resolution per day", "Customer messages by hour of the week", "CSAT and after-hours share by week" })
        {
            var image = page.GetByRole(AriaRole.Img, new() { Name = chart });
            await Assertions.Expect(image).ToBeVisibleAsync();
            // Drawn on request: wait for it to arrive, then check it decoded.
            await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true, new() { Timeout = 30_000 });
            Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, $"{chart} did not load");
        }
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Agents as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("agentId,name,handled,", csv);
        Assert.Contains("anna,Anna Kowalska,", csv);
        await page.ScreenshotAsync(new() { Path = Screenshot("reports.png"), FullPage = true });

        var agent = await Fixture.SignedInAsync(WorkspaceFixture.EmailOf("anna"), "/inbox/reports");
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "For supervisors" })).ToBeVisibleAsync();
        Assert.Equal(403, (await agent.APIRequest.GetAsync($"{Fixture.BaseUrl}/inbox/reports/sla.png")).Status);
    }
}
