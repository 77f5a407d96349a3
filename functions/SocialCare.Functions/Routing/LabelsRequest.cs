namespace SocialCare.Functions.Routing;

/// <summary>PUT /api/conversations/{id}/labels: an intent by its API name, a priority 1–4, and who corrects (optional).</summary>
public sealed record LabelsRequest(string? Intent, int? Priority, string? AgentId);
