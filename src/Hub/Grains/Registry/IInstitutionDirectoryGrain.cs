namespace Exchange.Hub.Grains.Registry;

/// <summary>The hub's list of institutions (key: <see cref="RegistryDirectory.Key"/>); written only when an institution changes.</summary>
[Alias("exchange.IInstitutionDirectoryGrain")]
public interface IInstitutionDirectoryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(InstitutionSummary summary);

    /// <summary>Every institution, ordered by id.</summary>
    [Alias("List")]
    Task<IReadOnlyList<InstitutionSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The institution registered under the outside issuer id (exact match), or null: the index behind the
    /// trust list of outside issuers and the registry's rule that an issuer id belongs to one institution only.</summary>
    [Alias("FindOutsideIssuer")]
    Task<string?> FindOutsideIssuerAsync(string issuerId, CancellationToken cancellationToken = default);
}
