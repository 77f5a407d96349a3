using SocialCare.Core.Classification;

namespace SocialCare.Core.Routing;

/// <summary>
/// Priority from the classification and the customer's history; each raise keeps its reason so the agent sees why.
/// Safety and legal threats are P1; churn threats, influencers, repeat contacts and customers already kept waiting
/// past an SLA are at least P2.
/// </summary>
public static class PriorityPolicy
{
    public static PriorityAssessment Assess(Classification.Classification c, bool repeatContact, bool waitedPastSla, PriorityAssessment? current = null)
    {
        var level = c.Priority.Level;
        var reasons = new List<string>(c.Priority.Reasons.Where(r => r != "normal"));
        void Raise(bool when, int to, string reason)
        {
            if (!when) return;
            level = Math.Min(level, to);
            if (!reasons.Contains(reason)) reasons.Add(reason);
        }

        Raise(c.Has(Signals.Safety), 1, "safety concern");
        Raise(c.Has(Signals.LegalThreat), 1, "legal threat");
        Raise(c.Has(Signals.ChurnThreat), 2, "churn threat");
        Raise(c.Has(Signals.Influencer), 2, "influencer");
        Raise(repeatContact || c.Has(Signals.RepeatContact), 2, "repeat contact");
        Raise(waitedPastSla, 2, "already waited past SLA");

        if (current is not null && current.Level < level)
        {
            level = current.Level;
            reasons.AddRange(current.Reasons.Where(r => r != "normal" && !reasons.Contains(r)));
        }
        else if (current is not null && current.Level == level)
        {
            reasons.AddRange(current.Reasons.Where(r => r != "normal" && !reasons.Contains(r)));
        }
        return new PriorityAssessment(level, reasons.Count == 0 ? ["normal"] : reasons);
    }
}
