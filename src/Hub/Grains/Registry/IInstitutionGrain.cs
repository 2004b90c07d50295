namespace Exchange.Hub.Grains.Registry;

/// <summary>One registered institution (key: institution id, e.g. <c>UA-KNU</c>): profile, QA status and signing keys.</summary>
[Alias("exchange.IInstitutionGrain")]
public interface IInstitutionGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<InstitutionSnapshot> CreateAsync(InstitutionProfile profile);

    /// <summary>The institution, or null when it is not registered.</summary>
    [Alias("Get")]
    Task<InstitutionSnapshot?> GetAsync();

    /// <param name="expectedVersion">Version the caller read; 0 = no check.</param>
    [Alias("Update")]
    Task<InstitutionSnapshot> UpdateAsync(InstitutionProfile profile, long expectedVersion);

    [Alias("RecordQualityAssurance")]
    Task<InstitutionSnapshot> RecordQualityAssuranceAsync(byte[] document);

    [Alias("AddSigningKey")]
    Task<PublicSigningKey> AddSigningKeyAsync(NewSigningKey key);

    [Alias("RetireSigningKey")]
    Task<PublicSigningKey> RetireSigningKeyAsync(string keyId, string? reason);

    [Alias("RevokeSigningKey")]
    Task<PublicSigningKey> RevokeSigningKeyAsync(string keyId, DateTimeOffset? revokedAt, string? reason);

    /// <summary>Id of the key new envelopes are signed with now; FAILED_PRECONDITION KEY_NOT_VALID when there is none.</summary>
    [Alias("CurrentSigningKeyId")]
    Task<string> CurrentSigningKeyIdAsync();

    /// <summary>
    /// Signs an envelope with the institution's custodial key <paramref name="keyId"/> (domain
    /// exchange.v1/envelope/institution over header bytes and payload). The private key never leaves the grain.
    /// </summary>
    [Alias("SignEnvelope")]
    Task<InstitutionSignature> SignEnvelopeAsync(string keyId, byte[] headerBytes, byte[] payload);
}
