namespace Exchange.Hub.Grains.Registry;

/// <summary>One registered institution (key: institution id, e.g. <c>UA-KNU</c>): profile, QA status and signing keys.</summary>
[Alias("exchange.IInstitutionGrain")]
public interface IInstitutionGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<InstitutionSnapshot> CreateAsync(InstitutionProfile profile, CancellationToken cancellationToken = default);

    /// <summary>The institution, or null when it is not registered.</summary>
    [Alias("Get")]
    Task<InstitutionSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    /// <param name="expectedVersion">Version the caller read; 0 = no check.</param>
    [Alias("Update")]
    Task<InstitutionSnapshot> UpdateAsync(InstitutionProfile profile, long expectedVersion, CancellationToken cancellationToken = default);

    [Alias("RecordQualityAssurance")]
    Task<InstitutionSnapshot> RecordQualityAssuranceAsync(byte[] document, CancellationToken cancellationToken = default);

    [Alias("AddSigningKey")]
    Task<PublicSigningKey> AddSigningKeyAsync(NewSigningKey key, CancellationToken cancellationToken = default);

    [Alias("RetireSigningKey")]
    Task<PublicSigningKey> RetireSigningKeyAsync(string keyId, string? reason, CancellationToken cancellationToken = default);

    [Alias("RevokeSigningKey")]
    Task<PublicSigningKey> RevokeSigningKeyAsync(string keyId, DateTimeOffset? revokedAt, string? reason, CancellationToken cancellationToken = default);

    /// <summary>Id of the key new envelopes are signed with now; FAILED_PRECONDITION KEY_NOT_VALID when there is none.</summary>
    [Alias("CurrentSigningKeyId")]
    Task<string> CurrentSigningKeyIdAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs an envelope with the institution's custodial key <paramref name="keyId"/> (domain
    /// exchange.v1/envelope/institution over header bytes and payload). The private key never leaves the grain.
    /// </summary>
    [Alias("SignEnvelope")]
    Task<InstitutionSignature> SignEnvelopeAsync(string keyId, byte[] headerBytes, byte[] payload, CancellationToken cancellationToken = default);
}
