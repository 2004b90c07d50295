using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.LearnerRecords;

/// <summary>The signed-in learner's own credentials, read the way IssuingService reads them for a learner: from the
/// learner's list, each kept only when it was issued to that learner.</summary>
public static class LearnerCredentials
{
    /// <summary>The credential's title in the reader's language (from its open-registry entry), else its id.</summary>
    public static string Title(IssuedCredentialView credential, string language) =>
        LocalTexts.Pick([.. credential.Issued.OpenEntry.Titles.Select(t => new LocalText(t.Language, t.Text))], language) is { Length: > 0 } title
            ? title
            : credential.Issued.CredentialId;

    public static async Task<IReadOnlyList<IssuedCredentialView>> WithRecognitionsAsync(IGrainFactory grains, string learnerId, CancellationToken cancellationToken)
    {
        var ids = await grains.Keyed<ILearnerCredentialsGrain>(learnerId).ListAsync(cancellationToken);
        var views = await Task.WhenAll(ids.Select(id => grains.Keyed<ICredentialGrain>(id).GetWithRecognitionsAsync(cancellationToken)));
        return [.. views.Where(v => string.Equals(v.Issued.LearnerId, learnerId, StringComparison.Ordinal))];
    }

    /// <summary>The learner's credentials with every share grant they made, expired and revoked ones too: a grant that
    /// has ended may still have given the credential to a hub where its case goes on.</summary>
    public static async Task<IReadOnlyList<(IssuedCredentialView Credential, IReadOnlyList<ShareGrantRecord> Grants)>> WithGrantsAsync(
        IGrainFactory grains, string learnerId, CancellationToken cancellationToken)
    {
        var ids = await grains.Keyed<ILearnerCredentialsGrain>(learnerId).ListAsync(cancellationToken);
        var read = await Task.WhenAll(ids.Select(async id =>
        {
            var credential = grains.Keyed<ICredentialGrain>(id);
            var view = await credential.GetAsync(cancellationToken);
            return view is not null && string.Equals(view.Issued.LearnerId, learnerId, StringComparison.Ordinal)
                ? (view, await credential.ListShareGrantsAsync(includeInactive: true, cancellationToken))
                : ((IssuedCredentialView, IReadOnlyList<ShareGrantRecord>)?)null;
        }));
        return [.. read.OfType<(IssuedCredentialView, IReadOnlyList<ShareGrantRecord>)>()];
    }
}
