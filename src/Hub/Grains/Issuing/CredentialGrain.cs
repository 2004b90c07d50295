using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Exchange.Hub.Grains.Issuing;

[GenerateSerializer, Alias("exchange.CredentialState")]
public sealed class CredentialGrainState
{
    [Id(0)]
    public IssuedCredentialRecord? Issued { get; set; }

    [Id(1)]
    public RevocationRecord? Revocation { get; set; }

    [Id(2)]
    public List<ShareGrantRecord> Grants { get; set; } = [];

    /// <summary>Whether the open registry, the registry-number index and the learner index reflect the current state.</summary>
    [Id(3)]
    public bool Indexed { get; set; }

    /// <summary>Whether the revocation notices for peer hubs are queued (set only once revoked).</summary>
    [Id(4)]
    public bool PeersNotified { get; set; }

    /// <summary>Recognitions stored here by earlier versions of the hub; moved to <see cref="ICredentialRecognitions"/>
    /// when the credential is next activated, so this list is empty afterwards.</summary>
    [Id(5)]
    public List<CredentialRecognitionRecord> Recognitions { get; set; } = [];

    /// <summary>The credential's entry in the published status lists, once it was exported; null before.</summary>
    [Id(6)]
    public StatusEntry? StatusEntry { get; set; }

    /// <summary>Whether the revocation is marked in the published status list (meaningful once revoked with an entry).</summary>
    [Id(7)]
    public bool StatusMarked { get; set; }
}

/// <summary>
/// An issued credential at its issuing hub: its record, revocation, share grants and their use counts. Every change a
/// user asks for is written once, before its effects on other stores (open registry, registry-number and learner
/// indexes, peers' outboxes) and before it is answered. Bookkeeping is written right after the answer, in a turn of
/// its own (what changes while that write is under way goes with the next one): a grant's use count, which every
/// fetch by a peer hub raises, so a fetch does not wait for a write of the whole credential, and the marks that the
/// indexes and the peers' notices were done. A crash at that instant can lose the uses being counted, and makes the
/// next activation repeat the index upserts and the revocation notices (a repeat is harmless). The revocation's mark in
/// the published status list follows the same rule: it is set after the revocation is stored and set again at the next
/// activation until its mark is stored, so the list can lag a revocation but never lose it.
/// </summary>
internal sealed partial class CredentialGrain(
    [PersistentState("credential", HubStorage.Name)] IPersistentState<CredentialGrainState> state,
    IRevocationNotices revocationNotices,
    StatusLists statusLists,
    ICredentialRecognitions recognitions,
    TimeProvider time,
    IDataProtectionProvider dataProtection,
    ILogger<CredentialGrain> logger)
    : Grain, ICredentialGrain
{
    /// <summary>The Data Protection purpose of sealed share codes; a new purpose makes every sealed code unreadable.</summary>
    public const string ShareCodePurpose = "exchange.share-code.v1";

    private IDataProtector ShareCodes => dataProtection.CreateProtector(ShareCodePurpose);

    private IGrainTimer? _bookkeepingWrite;
    private bool _bookkeepingUnsaved;

    private CredentialGrainState S => state.State;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_bookkeepingUnsaved)
        {
            await WriteBookkeepingAsync();
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Recognitions.Count > 0)
        {
            await MoveStoredRecognitionsAsync();
        }

        if (S.Issued is not null && !S.Indexed)
        {
            await IndexAsync();
        }

        // A crash between storing a revocation and queueing its notices: queue them now (a repeat is harmless).
        if (S.Revocation is not null && !S.PeersNotified)
        {
            await NotifyPeersAsync();
        }

        // The same for the mark in the published status list.
        if (S.Revocation is not null && S.StatusEntry is not null && !S.StatusMarked)
        {
            await MarkStatusAsync();
        }
    }

    public async Task<IssuedCredentialView> StoreIssuedAsync(IssuedCredentialRecord issued, string idempotencyKey, CancellationToken cancellationToken)
    {
        // The last line against squatting: whatever path reaches here, an id holds only its own institution's credential.
        var id = this.GetPrimaryKeyString();
        if (issued.CredentialId != id || !CredentialIdBinding.Binds(id, issued.InstitutionId, idempotencyKey))
        {
            throw new HubException(ErrorKind.PermissionDenied, CredentialIdBinding.NotBound,
                $"Credential id {id} is not the id of institution {issued.InstitutionId} for this idempotency key.", "credential_id");
        }

        if (S.Issued is { } existing)
        {
            return CryptographicOperations.FixedTimeEquals(existing.RequestHash, issued.RequestHash)
                ? View()
                : throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "The idempotency key was already used for a different credential.", "idempotency_key");
        }

        S.Issued = issued;
        S.Indexed = false;
        await WriteAsync();
        await IndexAsync();
        return View();
    }

    public Task<IssuedCredentialView?> GetAsync(CancellationToken cancellationToken)
    {
        if (S.Issued is null)
        {
            ForgetUnknown();
            return Task.FromResult<IssuedCredentialView?>(null);
        }

        return Task.FromResult<IssuedCredentialView?>(View());
    }

    public Task<IssuedCredentialView?> FindBeforeIssueAsync(CancellationToken cancellationToken) =>
        Task.FromResult(S.Issued is null ? null : (IssuedCredentialView?)View());

    public async Task<IssuedCredentialView> GetWithRecognitionsAsync(CancellationToken cancellationToken)
    {
        var listed = await recognitions.ListAsync(RequireKey());
        return View() with { Recognitions = listed };
    }

    public async Task<CredentialStatusView> RevokeAsync(string reasonCode, IReadOnlyList<TextValue> reason, CancellationToken cancellationToken)
    {
        var issued = Require();
        if (S.Revocation is not null)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_REVOKED", $"Credential {issued.CredentialId} is already revoked.");
        }

        // The revocation is stored (with both marks undone) before anyone hears of it; then the open registry and
        // the indexes, then the peers' notices. Their marks go with the bookkeeping write after the answer.
        S.Revocation = new RevocationRecord(time.GetUtcNow(), reasonCode, reason);
        S.Indexed = false;
        S.PeersNotified = false;
        S.StatusMarked = false;
        await WriteAsync();
        await IndexAsync();
        await NotifyPeersAsync();
        if (S.StatusEntry is not null)
        {
            await MarkStatusAsync();
        }

        return View().Status;
    }

    public async Task<StatusEntry> StatusEntryAsync(CancellationToken cancellationToken)
    {
        Require();
        if (S.StatusEntry is { } entry)
        {
            return entry;
        }

        // Stored before anyone sees it: an export never names an index the credential might not keep.
        S.StatusEntry = await statusLists.AllocateAsync(StatusFamily.Credentials, cancellationToken);
        S.StatusMarked = false;
        try
        {
            await WriteAsync();
        }
        catch
        {
            // Not stored, so not handed out: the next call takes another index (a gap in the list, never a share).
            S.StatusEntry = null;
            throw;
        }

        if (S.Revocation is not null)
        {
            await MarkStatusAsync();
        }

        return S.StatusEntry;
    }

    public Task<CredentialStatusView> GetStatusAsync(CancellationToken cancellationToken) => Task.FromResult(CredentialStatusView.Of(Require(), S.Revocation, time.GetUtcNow()));

    public async Task<CreatedShareGrant> CreateShareGrantAsync(DateTimeOffset expiresAt, string recipientHubId, string recipientInstitutionId, CancellationToken cancellationToken)
    {
        var issued = Require();
        var now = time.GetUtcNow();
        var status = CredentialStatusView.Of(issued, S.Revocation, now);
        if (status.State != CredentialState.Active)
        {
            throw status.State == CredentialState.Revoked
                ? new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_REVOKED", "A revoked credential cannot be shared.")
                : new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_EXPIRED", "An expired credential cannot be shared.");
        }

        if (expiresAt <= now || expiresAt > now + ShareGrantPolicy.MaximumLifetime)
        {
            throw new HubException(ErrorKind.InvalidArgument, "INVALID_EXPIRY",
                $"expires_at must be in the future and at most {ShareGrantPolicy.MaximumLifetime.TotalDays:0} days ahead.", "expires_at");
        }

        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var grant = new ShareGrantRecord("sh-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)), Hash(code), now, expiresAt, recipientHubId, recipientInstitutionId)
        {
            SealedCode = ShareCodes.Protect(code),
        };
        S.Grants.Add(grant);
        await WriteAsync();
        return new CreatedShareGrant(grant, code);
    }

    public Task<IReadOnlyList<ShareGrantRecord>> ListShareGrantsAsync(bool includeInactive, CancellationToken cancellationToken)
    {
        Require();
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<ShareGrantRecord>>(
            [.. S.Grants.Where(g => includeInactive || g.StateAt(now) == ShareGrantState.Active).OrderByDescending(g => g.CreatedAt)]);
    }

    public async Task<ShareGrantRecord> RevokeShareGrantAsync(string shareId, CancellationToken cancellationToken)
    {
        Require();
        var index = S.Grants.FindIndex(g => g.ShareId == shareId);
        if (index < 0)
        {
            throw new HubException(ErrorKind.NotFound, "SHARE_NOT_FOUND", $"The credential has no share grant {shareId}.", "share_id");
        }

        if (S.Grants[index].RevokedAt is not null)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "SHARE_CODE_EXPIRED", $"Share grant {shareId} is already revoked.", "share_id");
        }

        S.Grants[index] = S.Grants[index] with { RevokedAt = time.GetUtcNow() };
        await WriteAsync();
        return S.Grants[index];
    }

    public Task<string?> RevealShareCodeAsync(string shareId, CancellationToken cancellationToken)
    {
        Require();
        var grant = S.Grants.Find(g => g.ShareId == shareId);
        if (grant?.SealedCode is not { } sealedCode || grant.StateAt(time.GetUtcNow()) != ShareGrantState.Active)
        {
            return Task.FromResult<string?>(null);
        }

        // A key ring that lost the sealing key (a hub restored without its keys) cannot give the code back: no link
        // rather than a wrong one; the learner makes a new grant.
        try
        {
            var code = ShareCodes.Unprotect(sealedCode);
            return Task.FromResult(CryptographicOperations.FixedTimeEquals(Hash(code), grant.CodeHash) ? code : null);
        }
        catch (CryptographicException)
        {
            return Task.FromResult<string?>(null);
        }
    }

    public async Task<ShareAccess> OpenShareAsync(string shareCode, string recipientHubId, string recipientInstitutionId, CancellationToken cancellationToken)
    {
        if (S.Issued is null)
        {
            ForgetUnknown();
            return new ShareAccess(ShareAccessOutcome.CredentialNotFound, "No credential with this id was issued here.", null);
        }

        var hash = Hash(shareCode);
        var index = S.Grants.FindIndex(g => CryptographicOperations.FixedTimeEquals(g.CodeHash, hash));
        if (index < 0)
        {
            return new ShareAccess(ShareAccessOutcome.CodeInvalid, "The share code does not belong to this credential.", null);
        }

        var grant = S.Grants[index];
        var grantState = grant.StateAt(time.GetUtcNow());
        if (grantState != ShareGrantState.Active)
        {
            return new ShareAccess(ShareAccessOutcome.Expired, $"The share grant is {grantState.ToString().ToLowerInvariant()}.", null, grant.ShareId);
        }

        if ((grant.RecipientHubId.Length > 0 && grant.RecipientHubId != recipientHubId)
            || (grant.RecipientInstitutionId.Length > 0 && grant.RecipientInstitutionId != recipientInstitutionId))
        {
            return new ShareAccess(ShareAccessOutcome.RecipientMismatch, "The share grant is limited to another recipient.", null, grant.ShareId);
        }

        if (recipientHubId.Length > 0 && !grant.WasGivenTo(recipientHubId))
        {
            // The first opening by a hub is what later lets that hub write its decision on the credential: stored
            // before the answer, unlike a mere use count (once per grant and hub, not per fetch).
            S.Grants[index] = grant with { UseCount = grant.UseCount + 1, OpenedByHubs = [.. grant.OpenedByHubs ?? [], recipientHubId] };
            await WriteAsync();
        }
        else
        {
            S.Grants[index] = grant with { UseCount = grant.UseCount + 1 };
            WriteBookkeepingSoon();
        }

        return new ShareAccess(ShareAccessOutcome.Granted, "The share grant is valid for this recipient.", View(), grant.ShareId, grant.ExpiresAt);
    }

    public Task<bool> RecordRecognitionAsync(CredentialRecognitionRecord recognition, CancellationToken cancellationToken)
    {
        RequireSharedWith(recognition.RecognisingHubId);
        return recognitions.RecordAsync(RequireKey(), recognition with { RecordedAt = time.GetUtcNow() });
    }

    public Task RequireSharedWithAsync(string hubId, CancellationToken cancellationToken)
    {
        RequireSharedWith(hubId);
        return Task.CompletedTask;
    }

    /// <summary>A peer writes on the learner's record only about a credential the learner gave it.</summary>
    private void RequireSharedWith(string hubId)
    {
        Require();
        if (!S.Grants.Exists(g => g.WasGivenTo(hubId)))
        {
            throw new HubException(ErrorKind.PermissionDenied, "CREDENTIAL_NOT_SHARED",
                $"Credential {this.GetPrimaryKeyString()} was never shared with hub '{hubId}'.", "credential_id");
        }
    }

    private IssuedCredentialRecord Require()
    {
        if (S.Issued is null)
        {
            ForgetUnknown();
            throw new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", $"No credential {this.GetPrimaryKeyString()} was issued here.", "credential_id");
        }

        return S.Issued;
    }

    /// <summary>A lookup of an id nothing was issued under leaves no activation behind: otherwise every well-formed
    /// guess would hold memory until the idle collection, long after the caller left.</summary>
    private void ForgetUnknown()
    {
        if (S.Issued is null && S.Revocation is null && S.Grants.Count == 0 && S.Recognitions.Count == 0)
        {
            this.DeactivateOnIdle();
        }
    }

    /// <summary>The credential's id as its recognitions are stored under it, once it is known to be issued.</summary>
    private string RequireKey()
    {
        Require();
        return this.GetPrimaryKeyString();
    }

    private IssuedCredentialView View() => new(S.Issued!, CredentialStatusView.Of(S.Issued!, S.Revocation, time.GetUtcNow()));

    private async Task MoveStoredRecognitionsAsync()
    {
        foreach (var recognition in S.Recognitions)
        {
            await recognitions.RecordAsync(this.GetPrimaryKeyString(), recognition);
        }

        S.Recognitions.Clear();
        await WriteAsync();
    }

    private async Task IndexAsync()
    {
        var issued = S.Issued!;
        await Task.WhenAll(
            GrainFactory.Keyed<IOpenRegistryGrain>(issued.InstitutionId).UpsertAsync(new OpenRegistryItem(issued.OpenEntry, S.Revocation?.RevokedAt, issued.ExpiresAt)),
            GrainFactory.Keyed<IRegistryNumberIndexGrain>(issued.RegistryNumber).SetAsync(issued.CredentialId, issued.InstitutionId),
            GrainFactory.Keyed<ILearnerCredentialsGrain>(issued.LearnerId).AddAsync(issued.CredentialId));
        S.Indexed = true;
        WriteBookkeepingSoon();
    }

    /// <summary>Queues the notices (stored in each peer's outbox before this returns); only the mark that they are
    /// queued waits for the bookkeeping write.</summary>
    private async Task NotifyPeersAsync()
    {
        await revocationNotices.CredentialRevokedAsync(View().Status);
        S.PeersNotified = true;
        WriteBookkeepingSoon();
    }

    /// <summary>Marks the revocation in the published list (stored there before this returns); the mark that it is done
    /// waits for the bookkeeping write. A failure deactivates the grain, so its next activation marks again.</summary>
    private async Task MarkStatusAsync()
    {
        try
        {
            await statusLists.SetAsync(S.StatusEntry!);
        }
        catch
        {
            this.DeactivateOnIdle();
            throw;
        }

        S.StatusMarked = true;
        WriteBookkeepingSoon();
    }

    private async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _bookkeepingUnsaved = false;
    }

    private void WriteBookkeepingSoon()
    {
        _bookkeepingUnsaved = true;
        _bookkeepingWrite ??= this.RegisterGrainTimer(async () =>
        {
            _bookkeepingWrite?.Dispose();
            _bookkeepingWrite = null;
            if (_bookkeepingUnsaved)
            {
                await WriteBookkeepingAsync();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task WriteBookkeepingAsync()
    {
        try
        {
            await WriteAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The bookkeeping stays in memory and goes with the credential's next write.
            LogBookkeepingNotSaved(logger, ex, this.GetPrimaryKeyString());
        }
    }

    [LoggerMessage(EventId = 4301, EventName = "ShareUsesNotSaved", Level = LogLevel.Warning,
        Message = "The share grant use counts or index and notice marks of credential {CredentialId} could not be written yet")]
    private static partial void LogBookkeepingNotSaved(ILogger logger, Exception exception, string credentialId);

    private static byte[] Hash(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(code));
}
