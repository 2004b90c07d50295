namespace Exchange.Hub.Grains.Issuing;

/// <summary>An open-registry line: the entry prepared at issue, and when it was revoked or expires.</summary>
[GenerateSerializer, Immutable, Alias("exchange.OpenRegistryItem")]
public sealed record OpenRegistryItem(
    [property: Id(0)] OpenRegistryEntryData Entry,
    [property: Id(1)] DateTimeOffset? RevokedAt,
    [property: Id(2)] DateTimeOffset? ExpiresAt)
{
    public CredentialState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? CredentialState.Revoked
        : ExpiresAt is { } e && now >= e ? CredentialState.Expired
        : CredentialState.Active;
}

/// <summary>
/// The open registry of one institution's credentials (key: institution id): no personal data. One grain per
/// institution keeps issuing at different institutions independent; searches fan out over the institutions.
/// </summary>
[Alias("exchange.IOpenRegistryGrain")]
public interface IOpenRegistryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(OpenRegistryItem item);

    /// <summary>Every entry, newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<OpenRegistryItem>> ListAsync();
}
