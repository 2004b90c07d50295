using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Web.Learner;

/// <summary>What the learner's credential page shows of the credential: its content as the issuer signed it, in the
/// reader's language where the issuer gave it, and its status with the issuer's reason when revoked.</summary>
public sealed record CredentialContentView(
    CredentialSummary Summary,
    LocalWord AwardingBody,
    string AwardingBodyCountry,
    IReadOnlyList<WorkloadText> OtherWorkloads,
    IReadOnlyList<LocalWord> LearningOutcomes,
    IReadOnlyList<string> AssessmentMethods,
    string Supervision,
    LocalWord AssessmentDescription,
    string? Grade,
    LocalWord GradeLabel,
    IReadOnlyList<string> QualityAssurance,
    LocalWord QualityAssuranceAgency,
    DateTimeOffset? StatusChangedAt,
    string? RevocationReasonCode,
    LocalWord RevocationReason)
{
    public static CredentialContentView Build(IssuedCredentialView view, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var credential = CredentialSummary.Content(view);
        var body = credential.AwardingBodies.FirstOrDefault();
        var revocation = view.Status.Revocation;
        return new CredentialContentView(
            CredentialSummary.From(view, language),
            body is null ? new LocalWord(view.Issued.InstitutionId, "") : LocalWord.Pick(body.Name, language) is { IsEmpty: false } name ? name : new LocalWord(body.OrganisationId, ""),
            body?.CountryCode ?? credential.IssuerLocations.FirstOrDefault()?.CountryCode ?? "",
            [.. credential.AdditionalWorkloads.Select(WorkloadText.Of).OfType<WorkloadText>()],
            [.. credential.LearningOutcomes.Select(o => LocalWord.Pick(o.Text, language)).Where(o => !o.IsEmpty)],
            [.. (credential.Assessment?.Methods ?? []).Select(CredentialLabels.Of).Distinct()],
            CredentialLabels.Of(credential.Assessment?.Supervision ?? SupervisionLevel.Unspecified),
            LocalWord.Pick(credential.Assessment?.Description, language),
            credential.Grade is { Value.Length: > 0 } grade ? grade.Value : null,
            LocalWord.Pick(credential.Grade?.Label, language),
            [.. (credential.QualityAssurance?.AssuranceTypes ?? []).Select(CredentialLabels.Of).Distinct()],
            LocalWord.Pick(credential.QualityAssurance?.Agency?.Name, language),
            view.Status.ChangedAt,
            revocation?.ReasonCode,
            revocation is null ? LocalWord.None : Pick(revocation.Reason, language));
    }

    private static LocalWord Pick(IReadOnlyList<TextValue> texts, string language)
    {
        var multilingual = new MultilingualText();
        multilingual.Values.AddRange(texts.Select(t => new LocalizedText { Language = t.Language, Text = t.Text }));
        return LocalWord.Pick(multilingual, language);
    }
}
