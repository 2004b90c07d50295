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
