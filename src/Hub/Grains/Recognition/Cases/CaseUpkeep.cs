namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>How the review queue should hold a case after its write.</summary>
public enum ReviewQueueChange
{
    /// <summary>Never referred: most cases never reach the queue, and are never told to leave it.</summary>
    None,
    Upsert,
    Remove,
}

/// <summary>
/// What has to follow a case's write so that everything kept beside the state matches it: when the case is to wake
/// up again (its reminder), its place in the review queue, the peer hubs it waits for, and whether decision notices
/// are still to be handed over. Derived from the state alone, so it also repairs what a crash left behind.
/// </summary>
public readonly record struct CaseUpkeep(TimeSpan? ReminderPeriod, ReviewQueueChange Queue, IReadOnlyList<string> WaitingFor, bool HandOver)
{
    public static TimeSpan RetryPeriod { get; } = TimeSpan.FromMinutes(1);

    public static TimeSpan DeadlinePeriod { get; } = TimeSpan.FromHours(1);

    public static CaseUpkeep Of(RecognitionCaseState state, bool processingFailed)
    {
        var handOver = state.PeerNotices.Count > 0;
        TimeSpan? reminder = state.Status switch
        {
            _ when handOver => RetryPeriod,
            CaseStatus.WaitingForPeer => RetryPeriod,
            // Being processed right now; after a crash the index lists it as received and a restart resumes it.
            CaseStatus.Received => processingFailed ? RetryPeriod : null,
            CaseStatus.Decided or CaseStatus.Withdrawn or CaseStatus.IncompleteFile or CaseStatus.CredentialInvalid => null,
            _ => DeadlinePeriod,
        };
        var queue = state.AwaitsReview ? ReviewQueueChange.Upsert : state.WasReferred ? ReviewQueueChange.Remove : ReviewQueueChange.None;
        IReadOnlyList<string> waiting = state.Status == CaseStatus.WaitingForPeer ? state.WaitingForHubIds : [];
        return new CaseUpkeep(reminder, queue, waiting, handOver);
    }
}
