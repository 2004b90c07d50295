using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Publishing;

[GenerateSerializer, Alias("exchange.StatusListState")]
public sealed class StatusListState
{
    /// <summary>The set positions, ascending, each once.</summary>
    [Id(0)]
    public List<int> Positions { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }
}

/// <summary>
/// The positions set in one status list. Invariant: what <see cref="GetAsync"/> reports is persisted, and a position
/// once set is never cleared, so a published list can only lag a revocation (until its caller retries), never lose
/// one. A list holds revocations only, a small fraction of its 131 072 positions, so the positions are its state.
/// </summary>
internal sealed class StatusListGrain(
    [PersistentState("status-list", HubStorage.Name)] IPersistentState<StatusListState> state)
    : Grain, IStatusListGrain
{
    public async Task SetAsync(int position, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, BitstringStatusList.MinimumEntries);
        var at = state.State.Positions.BinarySearch(position);
        if (at >= 0)
        {
            return;
        }

        state.State.Positions.Insert(~at, position);
        state.State.Version++;
        try
        {
            await state.WriteStateAsync(CancellationToken.None); // a change once started completes
        }
        catch
        {
            // Not persisted, so not reported either: the caller retries.
            state.State.Positions.RemoveAt(~at);
            state.State.Version--;
            throw;
        }
    }

    [ReadOnly]
    public Task<StatusListSnapshot> GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StatusListSnapshot(state.State.Version, [.. state.State.Positions]));
}
