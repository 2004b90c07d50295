using System.Security.Cryptography;
using Exchange.Hub.Errors;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Trust;

namespace Exchange.Hub.Grains.Registry;

internal sealed class InstitutionGrain(
    [PersistentState("institution", HubStorage.Name)] IPersistentState<InstitutionState> state,
    Issuing.IRevocationNotices revocationNotices,
    CustodialKeyProtector custodialKeys,
    TimeProvider time)
    : Grain, IInstitutionGrain
{
    /// <summary>The directory caught up with a version that is not yet in the stored state.</summary>
    private bool _indexedVersionUnsaved;

    private InstitutionState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // State written before custodial keys were wrapped holds them in clear: wrap them now, before any use.
        if (S.Keys.Any(k => k.LegacyClearPkcs8 is not null))
        {
            S.Keys = [.. S.Keys.Select(WrapLegacyKey)];
            await WriteAsync(cancellationToken);
        }

        // A crash between persisting a change and persisting the directory's catch-up leaves the directory
        // possibly behind; upsert it again (the same summary, so a repeat is harmless).
        if (S.Profile is not null && S.IndexedVersion != S.Version)
        {
            await IndexAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_indexedVersionUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<InstitutionSnapshot> CreateAsync(InstitutionProfile profile, CancellationToken cancellationToken)
    {
        if (S.Profile is not null)
        {
            throw new HubException(ErrorKind.AlreadyExists, "INSTITUTION_EXISTS", $"Institution {profile.InstitutionId} is already registered.", "institution.institution_id");
        }

        var now = time.GetUtcNow();
        S.Profile = profile with { InstitutionId = this.GetPrimaryKeyString() };
        S.CreatedAt = now;
        return await CommitAsync(now);
    }

    public Task<InstitutionSnapshot?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(S.Profile is null ? null : Snapshot());

    public async Task<InstitutionSnapshot> UpdateAsync(InstitutionProfile profile, long expectedVersion, CancellationToken cancellationToken)
    {
        RequireExists();
        if (expectedVersion != 0 && expectedVersion != S.Version)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "VERSION_CONFLICT",
                $"The institution changed since version {expectedVersion} (now {S.Version}); read it again.", "expected_version");
        }

        S.Profile = profile with { InstitutionId = this.GetPrimaryKeyString() };
        return await CommitAsync(time.GetUtcNow());
    }

    public async Task<InstitutionSnapshot> RecordQualityAssuranceAsync(byte[] document, CancellationToken cancellationToken)
    {
        RequireExists();
        var now = time.GetUtcNow();
        S.QualityAssurance.Insert(0, new QualityAssuranceEntry(document, now));
        return await CommitAsync(now);
    }

    public async Task<PublicSigningKey> AddSigningKeyAsync(NewSigningKey key, CancellationToken cancellationToken)
    {
        RequireExists();
        var now = time.GetUtcNow();
        var (keys, added) = SigningKeySet.Add(S.Keys, key, now, (keyId, pkcs8) => custodialKeys.Wrap(this.GetPrimaryKeyString(), keyId, pkcs8),
            acceptOutsideKeys: S.Profile!.OutsideIssuers.Count > 0);
        S.Keys = [.. keys];
        await CommitAsync(now);
        return added.ToPublic();
    }

    public async Task<PublicSigningKey> RetireSigningKeyAsync(string keyId, string? reason, CancellationToken cancellationToken)
    {
        RequireExists();
        var now = time.GetUtcNow();
        var (keys, retired) = SigningKeySet.Retire(S.Keys, keyId, reason, now);
        S.Keys = [.. keys];
        await CommitAsync(now);
        return retired.ToPublic();
    }

    public async Task<PublicSigningKey> RevokeSigningKeyAsync(string keyId, DateTimeOffset? revokedAt, string? reason, CancellationToken cancellationToken)
    {
        RequireExists();
        var now = time.GetUtcNow();
        var (keys, revoked) = SigningKeySet.Revoke(S.Keys, keyId, revokedAt, reason, now);
        S.Keys = [.. keys];
        await CommitAsync(now);
        await revocationNotices.InstitutionKeyRevokedAsync(S.Profile!.InstitutionId, revoked.ToPublic());
        return revoked.ToPublic();
    }

    public Task<string> CurrentSigningKeyIdAsync(CancellationToken cancellationToken)
    {
        RequireExists();
        var key = SigningKeySet.SigningKeyAt(S.Keys, time.GetUtcNow())
            ?? throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Institution {this.GetPrimaryKeyString()} has no active signing key.");
        return Task.FromResult(key.KeyId);
    }

    public Task<InstitutionSignature> SignEnvelopeAsync(string keyId, byte[] headerBytes, byte[] payload, CancellationToken cancellationToken)
    {
        RequireExists();
        var key = S.Keys.FirstOrDefault(k => k.KeyId == keyId);
        if (key is null || key.Status != SigningKeyStatus.Active || !key.InWindow(time.GetUtcNow()))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID", $"Key {keyId} is not an active key of the institution.");
        }

        if (key.WrappedPrivateKey is null)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "KEY_NOT_VALID",
                $"Key {keyId} is held by the institution itself; submit an envelope it signed (institution_signed_envelope).");
        }

        var pkcs8 = custodialKeys.Unwrap(this.GetPrimaryKeyString(), keyId, key.WrappedPrivateKey);
        try
        {
            using var ecdsa = Es256.CreateKey();
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return Task.FromResult(new InstitutionSignature(keyId, EnvelopeSigner.SignAsInstitution(ecdsa, headerBytes, payload)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private SigningKey WrapLegacyKey(SigningKey key) => key.LegacyClearPkcs8 is { } clear
        ? key with { WrappedPrivateKey = custodialKeys.Wrap(this.GetPrimaryKeyString(), key.KeyId, clear), LegacyClearPkcs8 = null }
        : key;

    private void RequireExists()
    {
        if (S.Profile is null)
        {
            throw new HubException(ErrorKind.NotFound, "INSTITUTION_NOT_FOUND", $"No institution {this.GetPrimaryKeyString()} is registered.", "institution_id");
        }
    }

    /// <summary>
    /// The change's one write, then the registry directory (another grain's store, so it cannot share the write).
    /// That the directory reached this version is kept in memory and stored with the next write or when the grain
    /// deactivates: a crash before then only makes the next activation upsert the same summary again.
    /// </summary>
    private async Task<InstitutionSnapshot> CommitAsync(DateTimeOffset now)
    {
        S.UpdatedAt = now;
        S.Version++;
        await WriteAsync();
        await IndexAsync();
        return Snapshot();
    }

    private async Task IndexAsync()
    {
        var p = S.Profile!;
        await GrainFactory.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key)
            .UpsertAsync(new InstitutionSummary(p.InstitutionId, p.Names, p.ShortName, p.Capabilities, p.Active, p.OutsideIssuers));
        S.IndexedVersion = S.Version;
        _indexedVersionUnsaved = true;
    }

    private async Task WriteAsync(CancellationToken cancellationToken = default)
    {
        await state.WriteStateAsync(cancellationToken);
        _indexedVersionUnsaved = false;
    }

    private InstitutionSnapshot Snapshot() =>
        new(S.Profile!, [.. S.QualityAssurance], [.. S.Keys.Select(k => k.ToPublic())], S.CreatedAt, S.UpdatedAt, S.Version);
}
