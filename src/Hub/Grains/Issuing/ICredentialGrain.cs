namespace Exchange.Hub.Grains.Issuing;

/// <summary>One issued credential (key: credential id): envelope, registry number, revocation, share grants.</summary>
[Alias("exchange.ICredentialGrain")]
public interface ICredentialGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores a signed and attested credential. Idempotent on the request: the same request hash returns the
    /// credential stored first; a different one is refused (ALREADY_EXISTS, IDEMPOTENCY_KEY_REUSED).
    /// </summary>
    [Alias("StoreIssued")]
    Task<IssuedCredentialView> StoreIssuedAsync(IssuedCredentialRecord issued);

    /// <summary>The credential, or null when nothing was issued under this id.</summary>
    [Alias("Get")]
    Task<IssuedCredentialView?> GetAsync();

    [Alias("Revoke")]
    Task<CredentialStatusView> RevokeAsync(string reasonCode, IReadOnlyList<Registry.TextValue> reason);

    [Alias("GetStatus")]
    Task<CredentialStatusView> GetStatusAsync();

    [Alias("CreateShareGrant")]
    Task<CreatedShareGrant> CreateShareGrantAsync(DateTimeOffset expiresAt, string recipientHubId, string recipientInstitutionId);

    [Alias("ListShareGrants")]
    Task<IReadOnlyList<ShareGrantRecord>> ListShareGrantsAsync(bool includeInactive);

    [Alias("RevokeShareGrant")]
    Task<ShareGrantRecord> RevokeShareGrantAsync(string shareId);

    /// <summary>Checks a share code for a recipient (hub id, institution id; empty = unnamed) and counts the use.</summary>
    [Alias("OpenShare")]
    Task<ShareAccess> OpenShareAsync(string shareCode, string recipientHubId, string recipientInstitutionId);
}
