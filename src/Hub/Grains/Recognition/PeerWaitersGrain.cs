using Exchange.Hub.Hosting;

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

[GenerateSerializer, Alias("exchange.PeerWaitersState")]
public sealed class PeerWaitersState
{
    [Id(0)]
    public HashSet<string> CaseIds { get; set; } = new(StringComparer.Ordinal);
}

public sealed class PeerWaitersGrain(
    [PersistentState("peer-waiters", HubStorage.Name)] IPersistentState<PeerWaitersState> store) : Grain, IPeerWaitersGrain
{
    async Task IPeerWaitersGrain.WaitAsync(string caseId)
    {
        if (store.State.CaseIds.Add(caseId))
        {
            await store.WriteStateAsync();
        }
    }

    async Task<IReadOnlyList<string>> IPeerWaitersGrain.TakeAllAsync()
    {
        if (store.State.CaseIds.Count == 0)
        {
            return [];
        }

        var taken = store.State.CaseIds.ToList();
        store.State.CaseIds.Clear();
        await store.WriteStateAsync();
        return taken;
    }
}
