namespace SocialCare.Core.Classification.Moderation;

/// <summary>Action names of <see cref="ModerationVerdict.Action"/>, as the platform publishers understand them.</summary>
public static class ModerationActions
{
    /// <summary>Hidden, not deleted: the author still sees it and the thread stays readable.</summary>
    public const string Hide = "hide";

    /// <summary>The comment is deleted and its author blocked from the channel.</summary>
    public const string DeleteAndBlock = "delete_and_block";
}
