using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>One share of a credential as the learner's pages list it.</summary>
/// <param name="LinkValidUntil">When the share stops opening the credential.</param>
/// <param name="CredentialValidUntil">When the credential itself stops being valid (null = never); shown apart.</param>
public sealed record ShareRow(
    string ShareId,
    string Href,
    Phrase Recipient,
    DateTimeOffset CreatedAt,
    DateTimeOffset LinkValidUntil,
    DateTimeOffset? CredentialValidUntil,
    ShareGrantState State,
    StatusBadge Status,
    Phrase Validity,
    int UseCount,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Only a share still in force can be revoked; an ended one stays listed as a record.</summary>
    public bool CanRevoke => State == ShareGrantState.Active;

    public static ShareRow From(ShareGrantRecord grant, string credentialId, DateTimeOffset? credentialValidUntil, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var state = grant.StateAt(now);
        return new ShareRow(
            grant.ShareId,
            LearnerPaths.Share(credentialId, grant.ShareId),
            ShareRecipient.Describe(grant.RecipientHubId, grant.RecipientInstitutionId),
            grant.CreatedAt,
            grant.ExpiresAt,
            credentialValidUntil,
            state,
            StatusBadge.Of(state),
            ValidityNote.For(state, grant.ExpiresAt, credentialValidUntil),
            grant.UseCount,
            grant.RevokedAt);
    }
}

/// <summary>The shares of one credential, newest first, active and ended alike.</summary>
public sealed record SharesView(IReadOnlyList<ShareRow> Shares)
{
    public static SharesView Build(IEnumerable<ShareGrantRecord> grants, string credentialId, DateTimeOffset? credentialValidUntil, DateTimeOffset now) => new(
        [.. grants.OrderByDescending(g => g.CreatedAt).ThenBy(g => g.ShareId, StringComparer.Ordinal)
            .Select(g => ShareRow.From(g, credentialId, credentialValidUntil, now))]);
}
