using SocialCare.Tests.Infrastructure;
namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class RoleDriftTests(CompiledTemplateFixture fixture)
{
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string UserAccessAdministrator = "18d7d88d-d356-4a4a-b8e1-70a14b3c8b1d";

    private static readonly IReadOnlyList<RoleRow> Documented = RoleRow.Load();

    private IReadOnlyList<ArmResource> Assignments => [.. fixture.Compiled.OfType("Microsoft.Authorization/roleAssignments")];

    [Fact]
    public void Every_role_in_roles_md_is_assigned_on_its_resource_to_its_principal()
    {
        Assert.NotEmpty(Documented);
        Assert.All(Documented, row => Assert.True(
            Assignments.Any(a => Matches(a, row)),
            $"{row.Role} ({row.DefinitionId}) on {row.ScopeType} for {row.Principal} is not assigned in infra/."));
    }

    [Fact]
    public void Every_role_assignment_in_the_bicep_is_listed_in_roles_md()
    {
        var unlisted = Assignments.Where(a => !Documented.Any(row => Matches(a, row))).Select(a => a.Name).ToList();

        Assert.True(unlisted.Count == 0, "Role assignments not in infra/roles.md: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void No_principal_gets_owner_contributor_or_user_access_administrator()
    {
        var broad = Assignments.Where(a =>
        {
            var role = a.Property("roleDefinitionId");
            return role.Contains(Owner, StringComparison.OrdinalIgnoreCase)
                || role.Contains(Contributor, StringComparison.OrdinalIgnoreCase)
                || role.Contains(UserAccessAdministrator, StringComparison.OrdinalIgnoreCase);
        });

        Assert.Empty(broad);
    }

    [Fact]
    public void The_roles_the_pipeline_needs_are_in_roles_md()
    {
        string[] needed =
        [
            "Azure Service Bus Data Sender", "Azure Service Bus Data Receiver", "Storage Table Data Contributor",
            "Storage Blob Data Owner", "Storage Queue Data Contributor", "Cognitive Services User", "Key Vault Secrets User",
            "Monitoring Metrics Publisher",
        ];

        Assert.All(needed, role => Assert.Contains(Documented, row => row.Role == role && row.Principal == "app"));
    }

    private static bool Matches(ArmResource assignment, RoleRow row) =>
        assignment.Property("roleDefinitionId").Contains(row.DefinitionId, StringComparison.OrdinalIgnoreCase)
        // The exact type: a row for a queue must not be met by an assignment on its namespace, nor the other way round.
        && string.Equals(assignment.ScopeType, row.ScopeType, StringComparison.OrdinalIgnoreCase)
        && assignment.Property("principalId").Contains(row.Principal + "PrincipalId", StringComparison.Ordinal);
}
