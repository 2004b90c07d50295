namespace Exchange.Hub.Grains.Registry;

/// <summary>
/// Hands out registry numbers of one sequence (same key as <see cref="IRegistryNumberSequenceGrain"/>) from a
/// block reserved in advance, so issuing does not queue behind one durable counter.
/// </summary>
[Alias("exchange.IRegistryNumberAllocatorGrain")]
public interface IRegistryNumberAllocatorGrain : IGrainWithStringKey
{
    /// <summary>The next unused number of the sequence, formatted (e.g. <c>UA-MC-2026-000123</c>).</summary>
    [Alias("Next")]
    Task<string> NextAsync(CancellationToken cancellationToken = default);
}
