using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Recognition;

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
