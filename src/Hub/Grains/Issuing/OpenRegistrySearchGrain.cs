using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Issuing;

/// <summary>Holds nothing: every silo answers searches from the shared index.</summary>
[StatelessWorker]
internal sealed class OpenRegistrySearchGrain(IOpenRegistryIndex index) : Grain, IOpenRegistrySearchGrain
{
    public Task<IReadOnlyList<OpenRegistryItem>> SearchAsync(OpenRegistryFilter filter, CancellationToken cancellationToken) => index.SearchAsync(filter);
}
