namespace SocialCare.Core.Notifications;

/// <summary>One labelled fact: a FactSet row on the card, a table row in the email.</summary>
public sealed record NoticeFact(string Label, string Value);
