using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Trust;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Exchange.Hub.Credentials;

/// <summary>
/// The hub's credential resolver. Credentials of this hub resolve locally. A credential held by a pinned peer is
/// fetched from that peer with the learner's share code (<c>HubFederation.ResolveCredential</c>, signed, through the
/// peer's resilience pipeline) and verified here: the hub attestation against the peer's pinned keys, the
/// institution signature against the institution key valid at issue time from the peer's signed key list, the
/// issuer's quality assurance at issue time from the same list, the revocation status the peer stated, expiry, the share grant and the required elements. A valid verification is
/// kept in the <see cref="VerificationCache"/> and reused for the same share code and recipient while fresh. An
/// envelope of a pinned peer presented directly is verified the same way, its status asked of the peer. A peer (or
/// its key list) that cannot be reached yields <see cref="CheckResult.Unavailable"/> checks, never an exception, so
/// the case waits visibly for it. A credential issued outside the federation (<see cref="CredentialByDocument"/>) goes to
/// the <see cref="Outside.OutsideCredentialImporter"/>.
/// </summary>
public sealed partial class FederatedCredentialResolver(
    LocalCredentialResolver local,
    PeerDirectory peers,
    PeerClients clients,
    PeerCredentialFetcher fetcher,
    PeerInstitutionKeyCache institutionKeys,
    Outside.OutsideCredentialImporter outside,
    VerificationCache cache,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<FederatedCredentialResolver> logger) : ICredentialResolver
{
    private static readonly SignedEnvelope NoEnvelope = new([], [], []);

    public Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken) => source switch
    {
        // Issued outside the federation: read and verified from the document alone, its issuer looked up in the trust list.
        CredentialByDocument document => outside.ImportAsync(document.Format, document.Document, cancellationToken),
        CredentialByReference reference when reference.IssuingHubId != hub.Value.HubId => ResolveAtPeerAsync(reference, recipientId, cancellationToken),
        CredentialByEnvelope byEnvelope when ForeignHeader(byEnvelope.Envelope) is { } header => peers.Find(header.IssuingHubId) is { } peer
            ? VerifyPresentedAsync(peer, byEnvelope.Envelope, cancellationToken)
            : Task.FromResult(IssuedByUnknownHub(byEnvelope.Envelope, header.CredentialId, header.IssuingHubId)),
        _ => local.ResolveAsync(source, recipientId, cancellationToken),
    };

    private EnvelopeHeader? ForeignHeader(SignedEnvelope envelope) =>
        EnvelopeContract.TryReadHeader(envelope.HeaderBytes) is { } header && header.IssuingHubId != hub.Value.HubId ? header : null;

    private async Task<ResolvedCredential> ResolveAtPeerAsync(CredentialByReference reference, string recipientId, CancellationToken cancellationToken)
    {
        var peer = peers.Find(reference.IssuingHubId);
        if (peer is null)
        {
            var unknown = IssuingHubUnknown(reference.IssuingHubId);
            return Unresolved(reference, unknown);
        }

        if (cache.Find(peer.HubId, reference.CredentialId, reference.ShareCode, recipientId) is { } cached)
        {
            return cached;
        }

        var evictionStamp = cache.EvictionStamp(peer.HubId);
        CredentialFetch fetched;
        try
        {
            var request = new ResolveCredentialRequest { CredentialId = reference.CredentialId, ShareCode = reference.ShareCode, RequestingInstitutionId = recipientId };
            fetched = await fetcher.FetchAsync(peer.HubId, request, cancellationToken);
        }
        catch (Exception ex) when (ex is BrokenCircuitException || TransientPeerFailure.IsTransient(ex))
        {
            LogPeerUnreachable(logger, ex, peer.HubId, reference.CredentialId);
            return Unresolved(reference, new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable,
                $"Hub {peer.HubId} could not be reached to fetch credential {reference.CredentialId}; the case waits for it.", "PEER_UNAVAILABLE"));
        }

        if (fetched.Credential is not { } response)
        {
            return Unresolved(reference, Refusal(peer.HubId, fetched));
        }

        var envelope = response.Envelope is null ? NoEnvelope : EnvelopeContract.FromContract(response.Envelope);
        var shareExpires = response.ShareExpiresAt?.ToDateTimeOffset();
        var shareGrant = new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Passed,
            $"Hub {peer.HubId} accepted the share code for this hub{(shareExpires is null ? "" : $" until {shareExpires:O}")}.");
        var resolved = await VerifyAsync(peer, envelope, IssuingContract.FromContract(response.RevocationStatus), shareGrant, reference.CredentialId, cancellationToken);
        if (resolved.Verification.Verdict == VerificationVerdict.Valid)
        {
            var expires = shareExpires is { } until && until < resolved.Verification.ValidUntil ? until : resolved.Verification.ValidUntil;
            cache.Store(peer.HubId, reference.CredentialId, reference.ShareCode, recipientId, resolved, expires, evictionStamp);
        }

        return resolved;
    }

    private async Task<ResolvedCredential> VerifyPresentedAsync(PinnedPeer peer, SignedEnvelope envelope, CancellationToken cancellationToken)
    {
        var credentialId = EnvelopeContract.TryReadHeader(envelope.HeaderBytes)?.CredentialId ?? "";
        CredentialStatusView? status = null;
        try
        {
            var request = new PeerRevocationStatusRequest { CredentialIds = { credentialId } };
            var answer = await clients.CallAsync(peer.HubId, async (client, options) => await client.GetRevocationStatusAsync(request, options), cancellationToken);
            status = IssuingContract.FromContract(answer.Statuses.FirstOrDefault());
        }
        catch (Exception ex) when (TransientPeerFailure.GaveNoAnswer(ex))
        {
            // No statement from the issuing hub: the revocation check reports itself unavailable.
            LogPeerUnreachable(logger, ex, peer.HubId, credentialId);
        }

        return await VerifyAsync(peer, envelope, status, LocalCredentialVerifier.NoShareGrant, credentialId, cancellationToken);
    }

    private async Task<ResolvedCredential> VerifyAsync(
        PinnedPeer peer, SignedEnvelope envelope, CredentialStatusView? status, CheckOutcome shareGrant, string expectedCredentialId, CancellationToken cancellationToken)
    {
        var header = EnvelopeContract.TryReadHeader(envelope.HeaderBytes);
        var keys = header is null
            ? new InstitutionKeysLookup(null, "The envelope header does not decode.")
            : await institutionKeys.GetAsync(peer.HubId, header.InstitutionId, header.InstitutionKeyId,
                header.IssuedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue, cancellationToken);
        var inputs = new EnvelopeVerificationInputs(peer.HubId, peer.Keys, keys.Keys?.KeysOf(header?.InstitutionId ?? ""), status, shareGrant,
            time.GetUtcNow(), keys.Unavailable, keys.Keys?.QualityAssuranceOf(header?.InstitutionId ?? ""));
        var result = EnvelopeVerifier.Verify(envelope, inputs);
        var report = result.Report;
        if (result.Header is { } read && (read.IssuingHubId != peer.HubId || read.CredentialId != expectedCredentialId))
        {
            report = report with
            {
                Checks = [.. report.Checks, new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed,
                    $"Hub {peer.HubId} answered with credential {read.CredentialId} of hub {read.IssuingHubId} instead of {expectedCredentialId}.", "HEADER_MISMATCH")],
            };
        }

        var credential = result.Payload is null ? null : CredentialToDomain.Map(result.Payload);
        return new ResolvedCredential(envelope, report, result.Header?.IssuingCountryCode ?? "", credential, status);
    }

    /// <summary>The peer answered but refused: a share problem is the learner's (failed); a refusal of this hub's
    /// authentication is a configuration matter between the centres (unavailable, so the case waits for it).</summary>
    private static CheckOutcome Refusal(string peerHubId, CredentialFetch refused)
    {
        var (code, reason) = (refused.RefusalCode, refused.RefusalReason);
        var detail = $"Hub {peerHubId} refused the credential ({code}): {refused.RefusalDetail}";
        var learnersShare = code == StatusCode.NotFound
            || (code == StatusCode.PermissionDenied && reason.StartsWith("SHARE_", StringComparison.Ordinal));
        return learnersShare ? new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, detail, reason)
            : code is StatusCode.PermissionDenied or StatusCode.Unauthenticated ? new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Unavailable, detail, reason)
            : new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, detail, reason);
    }

    /// <summary>A hub this hub has not pinned can never be asked or trusted, so waiting for it would be forever: a
    /// verification failure, whether the credential came by reference or as an envelope.</summary>
    private static CheckOutcome IssuingHubUnknown(string issuingHubId) => new(VerificationCheck.HubKeyTrusted, CheckResult.Failed,
        $"Hub {issuingHubId} is not a pinned peer of this hub: its credentials cannot be verified here.", IssuingHubUnknownReason);

    public const string IssuingHubUnknownReason = "ISSUING_HUB_UNKNOWN";

    private ResolvedCredential IssuedByUnknownHub(SignedEnvelope envelope, string credentialId, string issuingHubId)
    {
        var now = time.GetUtcNow();
        return new(envelope, new CredentialVerification(credentialId, issuingHubId, [IssuingHubUnknown(issuingHubId)], now, now), "", null);
    }

    private ResolvedCredential Unresolved(CredentialByReference reference, CheckOutcome check)
    {
        var now = time.GetUtcNow();
        return new(NoEnvelope, new CredentialVerification(reference.CredentialId, reference.IssuingHubId, [check], now, now), "", null);
    }

    [LoggerMessage(EventId = 4210, EventName = "PeerUnreachableForCredential", Level = LogLevel.Warning,
        Message = "Hub {PeerHubId} could not be reached to resolve credential {CredentialId}")]
    private static partial void LogPeerUnreachable(ILogger logger, Exception exception, string peerHubId, string credentialId);
}
