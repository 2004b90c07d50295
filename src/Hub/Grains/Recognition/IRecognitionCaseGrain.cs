using Orleans.Concurrency;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// One recognition case, keyed by its case id (<see cref="CaseIds.For"/>). Every method that changes the case
/// persists before it answers and returns the case as it now stands. Institution callers pass their institution
/// in the actor; another institution's case answers NOT_FOUND, never revealing that it exists. The caller's
/// cancellation token drops a request that has not started; once a change has started it completes (the token is not
/// observed, so a case is never half-changed), while the long poll ends early.
/// </summary>
[Alias("exchange.IRecognitionCaseGrain")]
public interface IRecognitionCaseGrain : IGrainWithStringKey
{
    /// <summary>Accepts a request (idempotent on the key) and stores it. With <paramref name="settleWithin"/> above
    /// zero the call goes on to process it (its credentials are fetched while it is being stored) and answers once it is
    /// settled, unless the credentials are not there by then: processing then continues after the call returns, as it
    /// does for every request that does not wait.</summary>
    [Alias("Submit")]
    Task<RecognitionCaseState> SubmitAsync(CaseSubmission submission, TimeSpan settleWithin, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<RecognitionCaseState> GetAsync(CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Long poll: answers as soon as the case's version differs from <paramref name="knownVersion"/>,
    /// or with the unchanged case after <paramref name="timeout"/> or once <paramref name="cancellationToken"/> is
/// cancelled (the caller went away). Read-only, so it may interleave.</summary>
    [AlwaysInterleave, Alias("WaitForChange")]
    Task<RecognitionCaseState> WaitForChangeAsync(long knownVersion, TimeSpan timeout, CancellationToken cancellationToken = default);

    [Alias("Supplement")]
    Task<RecognitionCaseState> SupplementAsync(CaseSupplement supplement, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("Withdraw")]
    Task<RecognitionCaseState> WithdrawAsync(string reason, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("Appeal")]
    Task<RecognitionCaseState> AppealAsync(CaseAppealRequest appeal, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("Assign")]
    Task<RecognitionCaseState> AssignAsync(string officerId, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("Decide")]
    Task<RecognitionCaseState> DecideAsync(OfficerDecisionInput decision, long expectedVersion, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("StartCommission")]
    Task<RecognitionCaseState> StartCommissionAsync(CommissionStart start, CaseActor actor, CancellationToken cancellationToken = default);

    [Alias("CastVote")]
    Task<RecognitionCaseState> CastVoteAsync(VoteChoice choice, IReadOnlyList<LocalText> reasons, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>What the durable reminder does: resumes unfinished processing and marks a missed deadline.</summary>
    [Alias("Tick")]
    Task TickAsync();

    /// <summary>What a restarted hub does for each case its index lists as unfinished: a tick.</summary>
    /// <returns>Whether the case exists (an index row written ahead of a first write that never landed does not).</returns>
    [Alias("Resume")]
    Task<bool> ResumeAsync();
}
