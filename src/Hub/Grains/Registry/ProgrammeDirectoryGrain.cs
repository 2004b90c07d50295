using Exchange.Hub.Hosting;
using Orleans.Concurrency;

namespace Exchange.Hub.Grains.Registry;

/// <summary>How an earlier hub stored the whole directory in one state; read only to move it into the rows.</summary>
[GenerateSerializer, Alias("exchange.ProgrammeDirectoryState")]
public sealed class ProgrammeDirectoryState
{
    [Id(0)]
    public Dictionary<string, ProgrammeSummary> Programmes { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The programmes' directory, one row per programme (<see cref="IRegistryDirectory{T}"/>). Reentrant: the
/// rows are the only state, and each change is one statement.</summary>
[Reentrant]
internal sealed class ProgrammeDirectoryGrain(
    [PersistentState("programme-directory", HubStorage.Name)] IPersistentState<ProgrammeDirectoryState> legacy,
    IRegistryDirectory<ProgrammeSummary> directory)
    : Grain, IProgrammeDirectoryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        LegacyDirectoryState.MoveAsync(legacy, legacy.State.Programmes.Values, UpsertAsync);

    public Task UpsertAsync(ProgrammeSummary summary) => directory.UpsertAsync(summary.ProgrammeId, summary);

    public Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken) => directory.ListAsync();
}
