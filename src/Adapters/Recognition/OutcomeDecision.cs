namespace Exchange.Adapters.Recognition;

/// <summary>
/// Turns criterion findings into an outcome. Any criterion an officer must see refers the file; a
/// closable gap gives partial recognition where the purpose offers it; otherwise full recognition.
/// No path leads to a denial.
/// </summary>
internal static class OutcomeDecision
{
    public static RecognitionOutcome Decide(IReadOnlyList<CriterionAssessment> criteria, PurposeSettings settings)
    {
        var closable = false;
        foreach (var criterion in criteria)
        {
            if (criterion.NeedsOfficer)
            {
                return RecognitionOutcome.ReferredToOfficer;
            }

            closable |= criterion.Finding == Finding.Closable;
        }

        if (!closable)
        {
            return RecognitionOutcome.Full;
        }

        return settings.PartialRecognitionOffered ? RecognitionOutcome.Partial : RecognitionOutcome.ReferredToOfficer;
    }
}
