using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Hosting;
using Exchange.Hub.Services.Issuing;
using Exchange.Hub.Services.Mapping;
using Exchange.Hub.Trust;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Exchange.Hub.Credentials;

/// <summary>
/// The hub's credential resolver. Credentials of this hub resolve locally; a credential held by a pinned peer is
/// fetched from that peer with the learner's share code (<c>HubFederation.ResolveCredential</c>, signed, through the
/// peer's resilience pipeline) and verified here against the peer's pinned keys, with the revocation status the peer
/// stated. A peer that cannot be reached yields an <see cref="CheckResult.Unavailable"/> check, never an exception,
/// so the case waits visibly for it.
/// </summary>
public sealed partial class FederatedCredentialResolver(
    LocalCredentialResolver local,
    PeerDirectory peers,
    PeerClients clients,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<FederatedCredentialResolver> logger) : ICredentialResolver
{
    /// <summary>Why the institution checks are not made for a peer's credential: said in the report, not hidden.</summary>
    public const string InstitutionKeysNotExchanged =
        "The issuing hub's signed list of institution keys (GetInstitutionKeys) is not exchanged yet, so this hub holds no key to check the institution signature with; "
        + "the issuing hub's attestation, verified against its pinned key, covers the institution signature bytes.";

    private static readonly SignedEnvelope NoEnvelope = new([], [], []);

    public Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken) => source switch
    {
        CredentialByReference reference when reference.IssuingHubId != hub.Value.HubId => ResolveAtPeerAsync(reference, recipientId, cancellationToken),
        _ => local.ResolveAsync(source, recipientId, cancellationToken),
    };

    private async Task<ResolvedCredential> ResolveAtPeerAsync(CredentialByReference reference, string recipientId, CancellationToken cancellationToken)
    {
        var peer = peers.Find(reference.IssuingHubId);
        if (peer is null)
        {
            return Unresolved(reference, new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Failed,
                $"Hub {reference.IssuingHubId} is not a pinned peer of this hub.", "UNKNOWN_HUB"));
        }

        ResolveCredentialResponse response;
        try
        {
            var request = new ResolveCredentialRequest { CredentialId = reference.CredentialId, ShareCode = reference.ShareCode, RequestingInstitutionId = recipientId };
            response = await clients.CallAsync(peer.HubId, async (client, options) => await client.ResolveCredentialAsync(request, options), cancellationToken);
        }
        catch (Exception ex) when (ex is BrokenCircuitException || TransientPeerFailure.IsTransient(ex))
        {
            LogPeerUnreachable(logger, ex, peer.HubId, reference.CredentialId);
            return Unresolved(reference, new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable,
                $"Hub {peer.HubId} could not be reached to fetch credential {reference.CredentialId}; the case waits for it.", "PEER_UNAVAILABLE"));
        }
        catch (RpcException refused)
        {
            return Unresolved(reference, Refusal(peer.HubId, refused));
        }

        return Verify(peer, reference, response);
    }

    private ResolvedCredential Verify(PinnedPeer peer, CredentialByReference reference, ResolveCredentialResponse response)
    {
        var envelope = response.Envelope is null ? NoEnvelope : EnvelopeContract.FromContract(response.Envelope);
        var expires = response.ShareExpiresAt?.ToDateTimeOffset();
        var shareGrant = new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Passed,
            $"Hub {peer.HubId} accepted the share code for this hub{(expires is null ? "" : $" until {expires:O}")}.");
        var inputs = new EnvelopeVerificationInputs(peer.HubId, peer.Keys, null, IssuingContract.FromContract(response.RevocationStatus), shareGrant,
            time.GetUtcNow(), InstitutionKeysNotExchanged);
        var result = EnvelopeVerifier.Verify(envelope, inputs);
        var report = result.Report;
        if (result.Header is { } header && (header.IssuingHubId != peer.HubId || header.CredentialId != reference.CredentialId))
        {
            report = report with
            {
                Checks = [.. report.Checks, new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed,
                    $"Hub {peer.HubId} answered with credential {header.CredentialId} of hub {header.IssuingHubId} instead of {reference.CredentialId}.", "HEADER_MISMATCH")],
            };
        }

        var credential = result.Payload is null ? null : CredentialToDomain.Map(result.Payload);
        return new ResolvedCredential(envelope, report, result.Header?.IssuingCountryCode ?? "", credential);
    }

    /// <summary>The peer answered but refused: a share problem is the learner's (failed); a refusal of this hub's
    /// authentication is a configuration matter between the centres (unavailable, so the case waits for it).</summary>
    private static CheckOutcome Refusal(string peerHubId, RpcException refused)
    {
        var reason = refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? refused.StatusCode.ToString().ToUpperInvariant();
        var detail = $"Hub {peerHubId} refused the credential ({refused.StatusCode}): {refused.Status.Detail}";
        var learnersShare = refused.StatusCode == StatusCode.NotFound
            || (refused.StatusCode == StatusCode.PermissionDenied && reason.StartsWith("SHARE_", StringComparison.Ordinal));
        return learnersShare ? new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, detail, reason)
            : refused.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated ? new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Unavailable, detail, reason)
            : new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, detail, reason);
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
