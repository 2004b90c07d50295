using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Registry;

/// <summary>How an earlier hub stored the whole directory in one state; read only to move it into the rows.</summary>
[GenerateSerializer, Alias("exchange.InstitutionDirectoryState")]
public sealed class InstitutionDirectoryState
{
    [Id(0)]
    public Dictionary<string, InstitutionSummary> Institutions { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The institutions' directory, one row per institution (<see cref="IRegistryDirectory{T}"/>). Reentrant: the
/// rows are the only state, and each change is one statement.</summary>
[Reentrant]
internal sealed class InstitutionDirectoryGrain(
    [PersistentState("institution-directory", HubStorage.Name)] IPersistentState<InstitutionDirectoryState> legacy,
    IRegistryDirectory<InstitutionSummary> directory)
    : Grain, IInstitutionDirectoryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        LegacyDirectoryState.MoveAsync(legacy, legacy.State.Institutions.Values, UpsertAsync);

    public Task UpsertAsync(InstitutionSummary summary) => directory.UpsertAsync(summary.InstitutionId, summary);

    public Task<IReadOnlyList<InstitutionSummary>> ListAsync(CancellationToken cancellationToken) => directory.ListAsync();
}
