using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// Exports an issued credential as an Open Badges 3.0 AchievementCredential secured as a VC-JWT (compact JWS, ES256,
/// header <c>alg</c> + <c>kid</c> only, the kid in the hub's JWKS): the one export the API's ExportCredential and the
/// learner's download both give. The credential's status entry is taken on its first export and kept, so every export
/// points at the same bit, which revoking the credential sets. A revoked credential is not exported.
/// </summary>
public sealed class OpenBadgeExport(IGrainFactory grains, StatusLists statusLists, HubIssuer issuer, VcJwtSigner signer)
{
    public const string MediaType = VcJwtSigner.MediaType;

    /// <summary>The signed export (ASCII); FAILED_PRECONDITION CREDENTIAL_REVOKED for a revoked credential.</summary>
    public async Task<string> ExportAsync(IssuedCredentialView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Status.State == CredentialState.Revoked)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_REVOKED", "A revoked credential is not exported.");
        }

        var credential = EnvelopeContract.TryReadPayload(view.Issued.Envelope.Payload)
            ?? throw new HubException(ErrorKind.FailedPrecondition, "UNSUPPORTED_FORMAT", "The credential's signed payload is not one this hub can export.");
        // A revocation that lands after the check above still reaches this export: the grain marks the entry of a
        // revoked credential at once.
        var entry = await grains.Keyed<ICredentialGrain>(view.Issued.CredentialId).StatusEntryAsync(cancellationToken);
        var source = new OpenBadgeSource(
            credential,
            view.Issued.InstitutionId,
            view.Issued.LearnerId,
            view.Issued.IssuedAt,
            view.Issued.ExpiresAt,
            statusLists.CredentialStatus(entry));
        return signer.Sign(AchievementCredentialBuilder.Build(source, issuer));
    }
}
