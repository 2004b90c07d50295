using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Registry;

/// <summary>
/// A stateless worker per silo holding a block of reserved numbers in memory. Numbers are unique because every
/// block is persisted by the sequence before use; a block left unused when a worker deactivates or a silo dies is
/// simply skipped, so numbers may have gaps but never repeat.
/// </summary>
[StatelessWorker(1)]
internal sealed class RegistryNumberAllocatorGrain : Grain, IRegistryNumberAllocatorGrain
{
    internal const int BlockSize = 20;

    private long _next;
    private long _endExclusive;

    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (_next >= _endExclusive)
        {
            _next = await GrainFactory.Keyed<IRegistryNumberSequenceGrain>(key).ReserveBlockAsync(BlockSize);
            _endExclusive = _next + BlockSize;
        }

        return RegistryNumbers.Format(key, _next++);
    }
}
