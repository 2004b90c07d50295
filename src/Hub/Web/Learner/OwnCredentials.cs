using Exchange.Hub.Credentials;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web.Learner;

/// <summary>
/// How the learner's pages read credentials: only those issued to the signed-in learner exist for them. Another
/// learner's credential, an id nothing was issued under and an id of the wrong shape are all simply not found, so
/// a page never tells a stranger that a credential exists.
/// </summary>
public static class OwnCredentials
{
    /// <summary>The learner's credentials, as their learner index lists them.</summary>
    public static async Task<IReadOnlyList<IssuedCredentialView?>> ListAsync(IGrainFactory grains, CallerIdentity learner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (string.IsNullOrEmpty(learner.LearnerId))
        {
            return [];
        }

        var ids = await grains.Keyed<ILearnerCredentialsGrain>(learner.LearnerId).ListAsync(cancellationToken);
        return await Task.WhenAll(ids.Where(CredentialIdShape.IsWellFormed).Select(id => grains.Keyed<ICredentialGrain>(id).GetAsync(cancellationToken)));
    }

    /// <summary>The credential when it was issued to this learner; null otherwise.</summary>
    public static async Task<IssuedCredentialView?> FindAsync(IGrainFactory grains, CallerIdentity learner, string? credentialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (!CredentialIdShape.IsWellFormed(credentialId) || string.IsNullOrEmpty(learner.LearnerId))
        {
            return null;
        }

        var view = await grains.Keyed<ICredentialGrain>(credentialId!).GetAsync(cancellationToken);
        return view is not null && string.Equals(view.Issued.LearnerId, learner.LearnerId, StringComparison.Ordinal) ? view : null;
    }
}
