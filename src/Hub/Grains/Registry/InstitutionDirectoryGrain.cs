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

    /// <summary>Outside issuer id → institution id, built from the rows on first use and dropped on every change
    /// (institutions change rarely; credentials are checked often).</summary>
    private Dictionary<string, string>? _outsideIssuers;

    /// <summary>Bumped by every change, so an index built while a change was under way (the grain is reentrant) is
    /// not kept.</summary>
    private long _changes;

    public async Task UpsertAsync(InstitutionSummary summary)
    {
        _changes++;
        _outsideIssuers = null;
        await directory.UpsertAsync(summary.InstitutionId, summary);
        _changes++;
        _outsideIssuers = null;
    }

    public Task<IReadOnlyList<InstitutionSummary>> ListAsync(CancellationToken cancellationToken) => directory.ListAsync();

    public async Task<string?> FindOutsideIssuerAsync(string issuerId, CancellationToken cancellationToken)
    {
        var index = _outsideIssuers;
        if (index is null)
        {
            var changes = _changes;
            index = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var institution in await directory.ListAsync())
            {
                foreach (var id in institution.OutsideIssuerIds ?? [])
                {
                    index.TryAdd(id, institution.InstitutionId);
                }
            }

            if (changes == _changes)
            {
                _outsideIssuers = index;
            }
        }

        return index.GetValueOrDefault(issuerId);
    }
}
