namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The cases waiting for one peer hub (key: the peer's hub id), so that the peer's return (its Hello) resumes them
/// at once instead of at their next reminder tick, a minute later. Only cases in WAITING_FOR_PEER are listed, so
/// this grain is off the hot path of cases whose peers answer.
/// </summary>
[Alias("exchange.IPeerWaitersGrain")]
public interface IPeerWaitersGrain : IGrainWithStringKey
{
    /// <summary>Lists a case as waiting for this peer (idempotent).</summary>
    [Alias("Wait")]
    Task WaitAsync(string caseId);

    /// <summary>The waiting cases, removed from the list: each one that still cannot reach the peer lists itself
    /// again when it saves its new attempt.</summary>
    [Alias("TakeAll")]
    Task<IReadOnlyList<string>> TakeAllAsync();
}
