namespace Exchange.Adapters.Recognition;

/// <summary>
/// What the rules can conclude. A denial is not among them: where a difference may be substantial the
/// file goes to an officer, who alone may deny, with reasons and an appeal route (LRC III.5).
/// </summary>
public enum RecognitionOutcome
{
    Full = 1,
    Partial,
    ReferredToOfficer,
}

/// <summary>Whether the file could be assessed at all.</summary>
public enum AssessmentStatus
{
    /// <summary>Every credential is complete; the criteria were assessed.</summary>
    Assessed = 1,

    /// <summary>Elements are missing; nothing was assessed and the decision clock has not started.</summary>
    AwaitingCompleteFile,
}
