using Exchange.Hub.Mapping;

namespace Exchange.Hub.Credentials;

/// <summary>
/// Resolves credentials issued by this hub for recognition cases: by reference (the share grant is checked for the
/// requesting institution, then the stored envelope is verified) or by envelope. Credentials of other hubs need
/// federation (issue 5): they resolve to a report whose hub-key check is unavailable, with the reason, never an
/// exception.
/// </summary>
public sealed class LocalCredentialResolver(LocalCredentialVerifier verifier, TimeProvider time) : ICredentialResolver
{
    private static readonly SignedEnvelope NoEnvelope = new([], [], []);

    public async Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        switch (source)
        {
            case CredentialByReference reference when reference.IssuingHubId != verifier.HubId:
                return Unresolved(reference.CredentialId, reference.IssuingHubId, new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Unavailable,
                    $"Credential {reference.CredentialId} is held by hub {reference.IssuingHubId}; fetching from peer hubs needs federation, which this hub does not offer yet.",
                    "PEER_UNAVAILABLE"));
            case CredentialByReference reference:
                var access = await verifier.OpenShareAsync(reference.CredentialId, reference.ShareCode, verifier.HubId, recipientId);
                if (access.Credential is null)
                {
                    return Unresolved(reference.CredentialId, reference.IssuingHubId, LocalCredentialVerifier.ShareCheck(access));
                }

                return await VerifiedAsync(access.Credential.Issued.Envelope, LocalCredentialVerifier.ShareCheck(access), access.Credential.Status);
            case CredentialByEnvelope byEnvelope:
                return await VerifiedAsync(byEnvelope.Envelope, LocalCredentialVerifier.NoShareGrant);
            default:
                throw new ArgumentException($"Unknown credential source {source.GetType().Name}.", nameof(source));
        }
    }

    private async Task<ResolvedCredential> VerifiedAsync(SignedEnvelope envelope, CheckOutcome shareGrant, Grains.Issuing.CredentialStatusView? status = null)
    {
        var result = await verifier.VerifyAsync(envelope, shareGrant);
        var credential = result.Payload is null ? null : CredentialToDomain.Map(result.Payload);
        return new ResolvedCredential(envelope, result.Report, result.Header?.IssuingCountryCode ?? "", credential, status);
    }

    private ResolvedCredential Unresolved(string credentialId, string issuingHubId, CheckOutcome check) =>
        new(NoEnvelope, new CredentialVerification(credentialId, issuingHubId, [check], time.GetUtcNow(), time.GetUtcNow()), "", null);
}
