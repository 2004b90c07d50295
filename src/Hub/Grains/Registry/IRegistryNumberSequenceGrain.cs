namespace Exchange.Hub.Grains.Registry;

/// <summary>
/// The durable counter of one year's registry numbers (key: <see cref="RegistryNumbers.SequenceKey"/>). It hands
/// out whole blocks, so it is touched once per block, not once per credential.
/// </summary>
[Alias("exchange.IRegistryNumberSequenceGrain")]
public interface IRegistryNumberSequenceGrain : IGrainWithStringKey
{
    /// <summary>Reserves <paramref name="size"/> numbers; returns the first. The block is persisted before it is handed out.</summary>
    [Alias("ReserveBlock")]
    Task<long> ReserveBlockAsync(int size);
}
