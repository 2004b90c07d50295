using Exchange.Hub.Errors;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Web.Learner;

/// <summary>Revokes one of the learner's shares, as the API's RevokeShareGrant does, once the page has checked the
/// credential is the learner's own. Revoking what is already revoked is no error for a person pressing twice.</summary>
public static class ShareRevocation
{
    /// <returns>False when the credential has no such share (the page answers 404).</returns>
    public static async Task<bool> RevokeAsync(IGrainFactory grains, string credentialId, string? shareId, SharesView shares, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var share = shares.Shares.FirstOrDefault(s => string.Equals(s.ShareId, shareId, StringComparison.Ordinal));
        if (share is null)
        {
            return false;
        }

        if (share.State == ShareGrantState.Revoked)
        {
            return true;
        }

        try
        {
            await grains.Keyed<ICredentialGrain>(credentialId).RevokeShareGrantAsync(share.ShareId, cancellationToken);
        }
        catch (HubException e) when (e.Reason == "SHARE_CODE_EXPIRED")
        {
            // Revoked meanwhile (another tab): the learner's wish holds.
        }

        return true;
    }
}
