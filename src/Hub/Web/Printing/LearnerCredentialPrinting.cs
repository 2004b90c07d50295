using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Sharing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// The learner's PDF of a credential shared under one grant: only for the learner the credential was issued to and
/// only while the grant is active (null otherwise, which the page answers as not found, so nobody learns whether
/// someone else's credential or share exists). The link is rebuilt from the grant's kept code, addressed as the API
/// addresses it; the credential is checked again now, so the printout says what holds today.
/// </summary>
public sealed class LearnerCredentialPrinting(
    IGrainFactory grains,
    LocalCredentialVerifier verifier,
    ShareLinkAddresses addresses,
    CredentialPrintBuilder builder,
    CredentialPdf pdf,
    IOptions<HubOptions> hub,
    TimeProvider time)
{
    public async Task<PrintedFile?> PrintAsync(CallerIdentity caller, string credentialId, string shareId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.LearnerId is not { Length: > 0 } learnerId || !CredentialIdShape.IsWellFormed(credentialId) || string.IsNullOrWhiteSpace(shareId))
        {
            return null;
        }

        var credential = grains.Keyed<ICredentialGrain>(credentialId);
        var view = await credential.GetAsync(cancellationToken);
        if (view is null || !string.Equals(view.Issued.LearnerId, learnerId, StringComparison.Ordinal))
        {
            return null;
        }

        var grant = (await credential.ListShareGrantsAsync(includeInactive: false, cancellationToken))
            .FirstOrDefault(g => string.Equals(g.ShareId, shareId, StringComparison.Ordinal) && g.StateAt(time.GetUtcNow()) == ShareGrantState.Active);
        var code = grant is null ? null : await credential.RevealShareCodeAsync(shareId, cancellationToken);
        if (grant is null || code is null)
        {
            return null;
        }

        var link = addresses.LinkFor(new ShareLink(hub.Value.HubId, credentialId, code), grant.RecipientHubId);
        var check = await verifier.VerifyAsync(view.Issued.Envelope, LocalCredentialVerifier.NoShareGrant);
        var payload = check.Payload ?? EnvelopeContract.TryReadPayload(view.Issued.Envelope.Payload);
        if (payload is null)
        {
            return null;
        }

        var print = builder.Build(new CredentialPrintSource(payload, view.Issued.RegistryNumber, link, grant.ExpiresAt, check.Report));
        return new PrintedFile(pdf.Render(print), PrintedFile.SafeName("credential-" + (view.Issued.RegistryNumber.Length > 0 ? view.Issued.RegistryNumber : credentialId)));
    }
}
