namespace SocialCare.Functions.Workspace.Inbox;

/// <summary>
/// The lists an agent works from: open cases they own, their teams' unassigned cases, and their own cases waiting on
/// the customer or resolved in the last 7 days. A supervisor's waiting and resolved lists hold everyone's, and
/// <see cref="All"/> and <see cref="Breaching"/> are theirs alone.
/// </summary>
public enum InboxView
{
    Mine,
    MyTeams,
    Waiting,
    Resolved,
    All,
    Breaching,
}

public static class InboxViews
{
    public static IReadOnlyList<InboxView> For(bool supervisor) =>
        supervisor ? Enum.GetValues<InboxView>() : [InboxView.Mine, InboxView.MyTeams, InboxView.Waiting, InboxView.Resolved];

    public static string Title(this InboxView view) => view switch
    {
        InboxView.Mine => "Mine",
        InboxView.MyTeams => "My teams",
        InboxView.Waiting => "Waiting on customer",
        InboxView.Resolved => "Resolved",
        InboxView.All => "All",
        InboxView.Breaching => "Breaching",
        _ => view.ToString(),
    };

    public static string Slug(this InboxView view) => view switch
    {
        InboxView.MyTeams => "my-teams",
        _ => view.ToString().ToLowerInvariant(),
    };

    public static InboxView? Parse(string? slug) =>
        string.IsNullOrEmpty(slug) ? InboxView.Mine : Enum.GetValues<InboxView>().Cast<InboxView?>().FirstOrDefault(v => v!.Value.Slug() == slug);
}
