using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping.Enums;

namespace Exchange.Hub.Web.Learner;

/// <summary>One credential as the learner's list shows it.</summary>
/// <param name="ValidUntil">When the credential itself stops being valid; null = it does not expire.</param>
public sealed record CredentialSummary(
    string CredentialId,
    string Href,
    LocalWord Title,
    LocalWord Issuer,
    string Kind,
    CredentialLevels Levels,
    WorkloadText? Workload,
    DateTimeOffset IssuedAt,
    StatusBadge Status,
    DateTimeOffset? ValidUntil,
    CredentialState State,
    string RegistryNumber)
{
    /// <summary>Only an active credential can be shared (the credential grain refuses the others).</summary>
    public bool CanShare => State == CredentialState.Active;

    /// <param name="language">The reader's language (two letters): titles and names in it when the issuer gave them.</param>
    public static CredentialSummary From(IssuedCredentialView view, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var credential = Content(view);
        var issuer = credential.AwardingBodies.FirstOrDefault();
        return new CredentialSummary(
            view.Issued.CredentialId,
            LearnerPaths.Credential(view.Issued.CredentialId),
            LocalWord.Pick(credential.Title, language) is { IsEmpty: false } title ? title : new LocalWord(view.Issued.CredentialId, ""),
            issuer is null ? new LocalWord(view.Issued.InstitutionId, "") : LocalWord.Pick(issuer.Name, language) is { IsEmpty: false } name ? name : new LocalWord(issuer.OrganisationId, ""),
            CredentialLabels.Of(credential.Kind),
            CredentialLevels.Of(credential),
            WorkloadText.Of(credential.NotionalWorkload),
            view.Issued.IssuedAt,
            StatusBadge.Of(CredentialEnums.ToProto(view.Status.State)),
            view.Issued.ExpiresAt,
            view.Status.State,
            view.Issued.RegistryNumber);
    }

    /// <summary>The credential's content as signed; an unreadable payload leaves only what the hub recorded.</summary>
    public static Credential Content(IssuedCredentialView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var credential = EnvelopeContract.TryReadPayload(view.Issued.Envelope.Payload) ?? new Credential { CredentialId = view.Issued.CredentialId };
        credential.RegistryNumber = view.Issued.RegistryNumber;
        return credential;
    }
}

/// <summary>The learner's credentials, newest first.</summary>
public sealed record MyCredentialsView(IReadOnlyList<CredentialSummary> Credentials)
{
    /// <param name="learnerId">The signed-in learner: a credential of anyone else is left out, whatever the index says.</param>
    public static MyCredentialsView Build(IEnumerable<IssuedCredentialView?> views, string learnerId, string language) => new(
        [.. views.OfType<IssuedCredentialView>()
            .Where(v => string.Equals(v.Issued.LearnerId, learnerId, StringComparison.Ordinal))
            .OrderByDescending(v => v.Issued.IssuedAt).ThenBy(v => v.Issued.CredentialId, StringComparer.Ordinal)
            .Select(v => CredentialSummary.From(v, language))]);
}
