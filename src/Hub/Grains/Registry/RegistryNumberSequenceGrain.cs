using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Registry;

[GenerateSerializer, Alias("exchange.RegistryNumberSequenceState")]
public sealed class RegistryNumberSequenceState
{
    /// <summary>The last number ever handed out in a block (0 = none yet).</summary>
    [Id(0)]
    public long LastReserved { get; set; }
}

internal sealed class RegistryNumberSequenceGrain(
    [PersistentState("registry-number-sequence", HubStorage.Name)] IPersistentState<RegistryNumberSequenceState> state)
    : Grain, IRegistryNumberSequenceGrain
{
    public async Task<long> ReserveBlockAsync(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var first = state.State.LastReserved + 1;
        state.State.LastReserved += size;
        await state.WriteStateAsync();
        return first;
    }
}
