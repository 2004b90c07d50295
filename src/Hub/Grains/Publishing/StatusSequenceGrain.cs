using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Publishing;

[GenerateSerializer, Alias("exchange.StatusSequenceState")]
public sealed class StatusSequenceState
{
    /// <summary>The number of indexes handed out: 0, 1, …, Allocated - 1.</summary>
    [Id(0)]
    public long Allocated { get; set; }
}

/// <summary>
/// Hands out a family's status indexes one at a time. Invariant: every index ever returned is below the persisted
/// <see cref="StatusSequenceState.Allocated"/>, so no index is given twice, not even across a crash; a write that
/// fails leaves a gap (the index was never returned), never a repeat. One write per index is cheap enough: an index
/// is taken once per exported credential or decision, not per request.
/// </summary>
internal sealed class StatusSequenceGrain(
    [PersistentState("status-sequence", HubStorage.Name)] IPersistentState<StatusSequenceState> state)
    : Grain, IStatusSequenceGrain
{
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var index = state.State.Allocated;
        state.State.Allocated = index + 1;
        await state.WriteStateAsync(CancellationToken.None); // a change once started completes
        return index;
    }

    [ReadOnly]
    public Task<long> AllocatedAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Allocated);
}
