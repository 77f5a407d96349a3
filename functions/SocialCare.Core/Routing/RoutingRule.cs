namespace SocialCare.Core.Routing;

/// <summary>
/// One ordered routing rule: the first rule whose conditions all hold sends the case to <see cref="Team"/>.
/// Each list is a condition only when non-empty; within a list any value matches.
/// </summary>
public sealed record RoutingRule(string Name, string Team, RuleConditions? When = null);
