using System.ComponentModel.DataAnnotations;

namespace SocialCare.Functions.Workspace;

/// <summary>Section "Workspace": how the agents' pages behave.</summary>
public sealed class WorkspaceOptions
{
    public const string SectionName = "Workspace";

    /// <summary>
    /// How often, in seconds, an open inbox asks for its list again and an open conversation tells the server who is
    /// viewing it (and learns who else is): new conversations and colleagues' replies show within this time.
    /// </summary>
    [Range(1, 60)]
    public int RefreshSeconds { get; set; } = 5;
}
