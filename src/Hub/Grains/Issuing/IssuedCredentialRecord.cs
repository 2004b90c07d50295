using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Grains.Issuing;

/// <summary>
/// A credential as issued: the signed envelope exactly as signed, who issued it to whom (hub-scoped learner id),
/// its registry number, and the open-registry entry (no personal data) prepared at issue time.
/// </summary>
/// <param name="RequestHash">SHA-256 of the issue request, so a retried request with the same idempotency key is
/// recognised and a different one refused.</param>
[GenerateSerializer, Immutable, Alias("exchange.IssuedCredentialRecord")]
public sealed record IssuedCredentialRecord(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] string InstitutionId,
    [property: Id(2)] string LearnerId,
    [property: Id(3)] byte[] RequestHash,
    [property: Id(4)] SignedEnvelope Envelope,
    [property: Id(5)] string RegistryNumber,
    [property: Id(6)] DateTimeOffset IssuedAt,
    [property: Id(7)] DateTimeOffset? ExpiresAt,
    [property: Id(8)] OpenRegistryEntryData OpenEntry);

/// <summary>
/// What the open registry shows of a credential, prepared at issue time without any personal data: the searchable
/// facts and the contract's bytes of the entry (title, level, workload, institution name...).
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.OpenRegistryEntryData")]
public sealed record OpenRegistryEntryData(
    [property: Id(0)] string RegistryNumber,
    [property: Id(1)] string CredentialId,
    [property: Id(2)] string InstitutionId,
    [property: Id(3)] string ProgrammeId,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] IReadOnlyList<TextValue> Titles,
    [property: Id(6)] byte[] Document);

/// <summary>A revocation: final, with its instant and the issuer's reason.</summary>
[GenerateSerializer, Immutable, Alias("exchange.RevocationRecord")]
public sealed record RevocationRecord(
    [property: Id(0)] DateTimeOffset RevokedAt,
    [property: Id(1)] string ReasonCode,
    [property: Id(2)] IReadOnlyList<TextValue> Reason);

/// <summary>Credential status (credential.proto CredentialStatus, the values this hub produces).</summary>
public enum CredentialState
{
    Active = 1,
    Revoked = 3,
    Expired = 4,
}

/// <summary>The status of a credential at an instant, as the issuing hub states it.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialStatusView")]
public sealed record CredentialStatusView(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] CredentialState State,
    [property: Id(2)] DateTimeOffset? ChangedAt,
    [property: Id(3)] RevocationRecord? Revocation,
    [property: Id(4)] DateTimeOffset AsOf)
{
    public static CredentialStatusView Of(IssuedCredentialRecord issued, RevocationRecord? revocation, DateTimeOffset now) =>
        revocation is not null ? new(issued.CredentialId, CredentialState.Revoked, revocation.RevokedAt, revocation, now)
        : issued.ExpiresAt is { } expires && now >= expires ? new(issued.CredentialId, CredentialState.Expired, expires, null, now)
        : new(issued.CredentialId, CredentialState.Active, null, null, now);
}

/// <summary>An issued credential with its current status.</summary>
[GenerateSerializer, Immutable, Alias("exchange.IssuedCredentialView")]
public sealed record IssuedCredentialView([property: Id(0)] IssuedCredentialRecord Issued, [property: Id(1)] CredentialStatusView Status)
{
    /// <summary>Recognitions peer hubs decided on the credential (the learner's record).</summary>
    [Id(2)]
    public IReadOnlyList<CredentialRecognitionRecord> Recognitions { get; init; } = [];
}
