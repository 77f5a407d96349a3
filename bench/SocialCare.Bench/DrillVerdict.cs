namespace SocialCare.Bench;

/// <summary>
/// The burst and crash drills' expectations, from the pipeline's rules: every acknowledged event is one conversation
/// (each has a thread of its own) holding its message once, and with no agents every conversation stays unassigned,
/// so each gets exactly one new-message email to the team channel.
/// </summary>
internal static class DrillVerdict
{
    public static bool Check(DrillSender sender, StoredConversations stored, DrillMail mail, bool drained)
    {
        var acknowledged = sender.Acknowledged;
        var missingMessages = acknowledged.Keys.Count(t => !stored.TokenMessages.ContainsKey(t));
        var duplicateMessages = stored.TokenMessages.Values.Count(c => c.Count > 1);
        var unacknowledgedStored = stored.TokenMessages.Keys.Count(t => !acknowledged.ContainsKey(t));
        var missingEmails = acknowledged.Keys.Count(t => !mail.NewMessageByToken.ContainsKey(t));
        var emails = mail.NewMessageByToken.Values.Sum(v => v.Count);
        var latencies = mail.EndToEnd(acknowledged);

        Console.WriteLine($"  conversations created     {stored.Ids.Count} (distinct acknowledged events {acknowledged.Count}; stored but never acknowledged {unacknowledgedStored})");
        Console.WriteLine($"  messages missing          {missingMessages}, stored twice {duplicateMessages}");
        Console.WriteLine($"  notifications sent        {emails} new-message emails for {mail.NewMessageByToken.Count} events (+{mail.SlaBreaches} SLA breach, +{mail.Other} other)");
        Console.WriteLine($"  notifications missing     {missingEmails}, duplicated {mail.DuplicateTokens} events / {mail.DuplicateMessageIds} repeated Message-Ids");
        Console.WriteLine($"  webhook 200 → email       {latencies}");

        var ok = drained
            && missingMessages == 0
            && duplicateMessages == 0
            && stored.Ids.Count == acknowledged.Count + unacknowledgedStored
            && missingEmails == 0
            && mail.DuplicateTokens == 0
            && mail.DuplicateMessageIds == 0;
        Console.WriteLine($"  expectation (one conversation and one notification per event, nothing twice): {(ok ? "MET" : "MISSED")}");
        return ok;
    }
}
