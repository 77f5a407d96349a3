namespace SocialCare.Core.Routing;

/// <summary>Why a team, agent or rule set was refused: the JSON field path and what is wrong with it.</summary>
public sealed record RoutingError(string Field, string Message);
