namespace Exchange.Hub.Grains.Publishing;

/// <summary>The durable counter of one status family's entries (key: the family's name, "credentials" or "decisions").</summary>
[Alias("exchange.IStatusSequenceGrain")]
public interface IStatusSequenceGrain : IGrainWithStringKey
{
    /// <summary>A fresh global index; persisted as taken before it is returned.</summary>
    [Alias("Next")]
    Task<long> NextAsync(CancellationToken cancellationToken = default);

    /// <summary>How many indexes were ever handed out (the next one is this number).</summary>
    [Alias("Allocated")]
    Task<long> AllocatedAsync(CancellationToken cancellationToken = default);
}
