using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Issuing;

/// <summary>How an earlier hub stored an institution's whole open registry in one state; read only to move it into the rows.</summary>
[GenerateSerializer, Alias("exchange.OpenRegistryState")]
public sealed class OpenRegistryState
{
    [Id(0)]
    public Dictionary<string, OpenRegistryItem> Items { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One institution's lines of the open registry, as rows of the index. Reentrant: the rows are the only state,
/// and each change is one statement.</summary>
[Reentrant]
internal sealed class OpenRegistryGrain(
    [PersistentState("open-registry", HubStorage.Name)] IPersistentState<OpenRegistryState> legacy,
    IOpenRegistryIndex index)
    : Grain, IOpenRegistryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        LegacyDirectoryState.MoveAsync(legacy, legacy.State.Items.Values, UpsertAsync);

    public Task UpsertAsync(OpenRegistryItem item) => index.UpsertAsync(item);

    public Task<IReadOnlyList<OpenRegistryItem>> ListAsync(CancellationToken cancellationToken) =>
        index.SearchAsync(new OpenRegistryFilter(InstitutionId: this.GetPrimaryKeyString()));
}
