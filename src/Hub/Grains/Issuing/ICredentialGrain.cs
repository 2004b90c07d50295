namespace Exchange.Hub.Grains.Issuing;

/// <summary>One issued credential (key: credential id): envelope, registry number, revocation, share grants.</summary>
[Alias("exchange.ICredentialGrain")]
public interface ICredentialGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores a signed and attested credential. Idempotent on the request: the same request hash returns the
    /// credential stored first; a different one is refused (ALREADY_EXISTS, IDEMPOTENCY_KEY_REUSED). Stored only
    /// under the id derived for the record's institution and this idempotency key (PERMISSION_DENIED,
    /// CREDENTIAL_ID_NOT_BOUND otherwise).
    /// </summary>
    [Alias("StoreBoundIssued")]
    Task<IssuedCredentialView> StoreIssuedAsync(IssuedCredentialRecord issued, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The credential, or null when nothing was issued under this id; without the learner's recognitions,
    /// which only the learner's own views need.</summary>
    [Alias("Get")]
    Task<IssuedCredentialView?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>As <see cref="GetAsync"/>, for the issuer about to store under this id: an unknown id keeps its
    /// activation, since <see cref="StoreIssuedAsync"/> follows at once.</summary>
    [Alias("FindBeforeIssue")]
    Task<IssuedCredentialView?> FindBeforeIssueAsync(CancellationToken cancellationToken = default);

    /// <summary>The credential with the recognitions peer hubs decided on it (the learner's record).
    /// NOT_FOUND (CREDENTIAL_NOT_FOUND) when nothing was issued under this id.</summary>
    [Alias("GetWithRecognitions")]
    Task<IssuedCredentialView> GetWithRecognitionsAsync(CancellationToken cancellationToken = default);

    [Alias("Revoke")]
    Task<CredentialStatusView> RevokeAsync(string reasonCode, IReadOnlyList<Registry.TextValue> reason, CancellationToken cancellationToken = default);

    /// <summary>The credential's entry in the hub's "credentials" status lists, taken on first use (an export) and kept
    /// with the credential, so every export of it points at the same bit. A credential already revoked gets its entry
    /// marked at once. NOT_FOUND (CREDENTIAL_NOT_FOUND) when nothing was issued under this id.</summary>
    [Alias("StatusEntry")]
    Task<Credentials.Publishing.StatusEntry> StatusEntryAsync(CancellationToken cancellationToken = default);

    [Alias("GetStatus")]
    Task<CredentialStatusView> GetStatusAsync(CancellationToken cancellationToken = default);

    [Alias("CreateShareGrant")]
    Task<CreatedShareGrant> CreateShareGrantAsync(DateTimeOffset expiresAt, string recipientHubId, string recipientInstitutionId, CancellationToken cancellationToken = default);

    [Alias("ListShareGrants")]
    Task<IReadOnlyList<ShareGrantRecord>> ListShareGrantsAsync(bool includeInactive, CancellationToken cancellationToken = default);

    [Alias("RevokeShareGrant")]
    Task<ShareGrantRecord> RevokeShareGrantAsync(string shareId, CancellationToken cancellationToken = default);

    /// <summary>The code of an active grant, unsealed, so the learner's pages can show its link and QR code again;
    /// null for an unknown grant, one made before codes were kept, or an expired or revoked one. The caller checks
    /// first that the caller is the learner the credential was issued to.</summary>
    [Alias("RevealShareCode")]
    Task<string?> RevealShareCodeAsync(string shareId, CancellationToken cancellationToken = default);

    /// <summary>Checks a share code for a recipient (hub id, institution id; empty = unnamed) and counts the use.</summary>
    [Alias("OpenShare")]
    Task<ShareAccess> OpenShareAsync(string shareCode, string recipientHubId, string recipientInstitutionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a recognition a peer hub decided on this credential to the learner's record; idempotent on the
    /// deciding hub and decision id. NOT_FOUND (CREDENTIAL_NOT_FOUND) when nothing was issued under this id.
    /// </summary>
    /// <returns>Whether the recognition is (now or already) recorded by this very message (sender and sequence):
    /// only then does the delivery count it in the statistics, so a second message with the same decision counts
    /// nothing while a retry of the recording message completes what it started.</returns>
    /// <summary>Only a hub this credential was ever shared with may write a recognition on it (else PERMISSION_DENIED,
    /// CREDENTIAL_NOT_SHARED; NOT_FOUND, CREDENTIAL_NOT_FOUND, when nothing was issued under this id).</summary>
    [Alias("RecordRecognition")]
    Task<bool> RecordRecognitionAsync(CredentialRecognitionRecord recognition, CancellationToken cancellationToken = default);

    /// <summary>Refuses, as <see cref="RecordRecognitionAsync"/> would, a hub that may not write on this credential;
    /// asked for every credential of a decision before any is written, so a decision is recorded whole or not at all.</summary>
    [Alias("RequireSharedWith")]
    Task RequireSharedWithAsync(string hubId, CancellationToken cancellationToken = default);
}
