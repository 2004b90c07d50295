namespace Exchange.Hub.Grains.Registry;

/// <summary>The hub's list of programmes (key: <see cref="RegistryDirectory.Key"/>); written only when a programme changes.</summary>
[Alias("exchange.IProgrammeDirectoryGrain")]
public interface IProgrammeDirectoryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(ProgrammeSummary summary);

    /// <summary>Every programme, ordered by id.</summary>
    [Alias("List")]
    Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default);
}
