using System.Collections.Frozen;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Validation;

/// <summary>
/// Presence checks per element name. A check returns null when the element is present; validity of
/// present values is checked separately in <see cref="CredentialValidator"/>.
/// </summary>
internal static class ElementChecks
{
    private const string Eu = "EU Council Recommendation 2022/C 243/02 Annex I";

    /// <summary>EU Annex I mandatory elements (level is "if applicable", so it is not demanded here) [M2].</summary>
    public static IReadOnlyList<string> EuMandatory { get; } =
    [
        ElementNames.Learner, ElementNames.Title, ElementNames.IssuerCountry, ElementNames.AwardingBody, ElementNames.IssueDate,
        ElementNames.LearningOutcomes, ElementNames.Workload, ElementNames.AssessmentType, ElementNames.ParticipationForm,
        ElementNames.QualityAssurance,
    ];

    /// <summary>What any degree or course record needs before its level and content can be compared.</summary>
    public static IReadOnlyList<string> DegreeBaseline { get; } =
        [ElementNames.Learner, ElementNames.Title, ElementNames.AwardingBody, ElementNames.IssueDate, ElementNames.Level];

    private static readonly FrozenDictionary<string, Func<Credential, string, ValidationIssue?>> Checks =
        new Dictionary<string, Func<Credential, string, ValidationIssue?>>(StringComparer.Ordinal)
        {
            [ElementNames.Learner] = (c, s) => Missing(c.Learner is null || string.IsNullOrWhiteSpace(c.Learner.Identifier) || string.IsNullOrWhiteSpace(c.Learner.FullName), ElementNames.Learner, "The holder's identification (identifier and name) is missing.", s),
            [ElementNames.Title] = (c, s) => Missing(!HasText(c.Title), ElementNames.Title, "The title is missing.", s),
            [ElementNames.IssuerCountry] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.IssuerCountry), ElementNames.IssuerCountry, "The issuer's country is missing.", s),
            [ElementNames.AwardingBody] = (c, s) => Missing(c.AwardingBody is null || string.IsNullOrWhiteSpace(c.AwardingBody.Name), ElementNames.AwardingBody, "The awarding body is missing.", s),
            [ElementNames.IssueDate] = (c, s) => Missing(c.IssueDate is null, ElementNames.IssueDate, "The date of issue is missing.", s),
            [ElementNames.LearningOutcomes] = (c, s) => Missing(c.LearningOutcomes.Count == 0, ElementNames.LearningOutcomes, "No learning outcomes are stated.", s),
            [ElementNames.Workload] = (c, s) => Missing(c.Workload is null, ElementNames.Workload, "The notional workload is missing.", s),
            [ElementNames.Level] = (c, s) => Missing(c.Level is null && c.Degree is null && c.ProgrammeCode is null, ElementNames.Level, "Neither a framework level, a degree nor a programme code is stated.", s),
            [ElementNames.AssessmentType] = (c, s) => Missing(c.AssessmentType == AssessmentType.Unspecified, ElementNames.AssessmentType, "The type of assessment is missing.", s),
            [ElementNames.ParticipationForm] = (c, s) => Missing(c.ParticipationForm == ParticipationForm.Unspecified, ElementNames.ParticipationForm, "The form of participation is missing.", s),
            [ElementNames.QualityAssurance] = (c, s) => Missing(c.QualityAssurance is null || c.QualityAssurance.Type == QualityAssuranceType.Unknown, ElementNames.QualityAssurance, "The type of quality assurance is missing.", s),
            [ElementNames.Content] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.Content), ElementNames.Content, "The course content is missing (required in Ukraine).", s),
            [ElementNames.LevelNqf] = (c, s) => Missing(c.Level is not { Framework: QualificationFramework.UkraineNqf }, ElementNames.LevelNqf, "The level relative to the Ukrainian NQF is missing.", s),
            [ElementNames.WorkloadEcts] = (c, s) => Missing(c.Workload is not { Unit: CreditUnit.Ects or CreditUnit.UkrainianEcts }, ElementNames.WorkloadEcts, "The workload in ECTS credits is missing.", s),
            [ElementNames.Purpose] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.Purpose), ElementNames.Purpose, "The purpose of the certificate is missing (required in Latvia).", s),
            [ElementNames.IssuerLegalData] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.AwardingBody?.LegalData), ElementNames.IssuerLegalData, "The issuer's legal data is missing.", s),
            [ElementNames.IssuerContactData] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.AwardingBody?.ContactData), ElementNames.IssuerContactData, "The issuer's contact data is missing.", s),
            [ElementNames.PlaceOfIssue] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.PlaceOfIssue), ElementNames.PlaceOfIssue, "The place of issue is missing.", s),
            [ElementNames.AuthorisingBody] = (c, s) => Missing(string.IsNullOrWhiteSpace(c.AuthorisingBody), ElementNames.AuthorisingBody, "The body that authorised the programme is missing.", s),
            [ElementNames.WorkloadCreditsOrHours] = (c, s) => Missing(c.Workload is not { Unit: CreditUnit.KazakhAcademicCredit or CreditUnit.KazakhAcademicHours or CreditUnit.Ects } && c.Hours is null, ElementNames.WorkloadCreditsOrHours, "The workload in academic credits or hours is missing.", s),
            [ElementNames.WorkloadMinimumCredit] = (c, s) => c.Workload is { Unit: CreditUnit.KazakhAcademicCredit or CreditUnit.Ects, Amount: < 1m }
                ? new ValidationIssue(ElementNames.WorkloadMinimumCredit, IssueKind.Invalid, Message.Of("validation.kz_minimum_credit", "A Kazakh micro-credential carries at least one academic credit."), s)
                : null,
            [ElementNames.RegistryNumber] = (c, s) => Missing(c.IsRegisteredProgramme && string.IsNullOrWhiteSpace(c.RegistryNumber), ElementNames.RegistryNumber, "The register number is missing for a programme in the micro-credential register.", s),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string EuSource => Eu;

    public static ValidationIssue? Check(string element, Credential credential, string source) =>
        Checks.TryGetValue(element, out var check)
            ? check(credential, source)
            : new ValidationIssue(element, IssueKind.Invalid,
                Message.Of("validation.unknown_element", "The rules name an element this library does not know: " + element, MessageArgument.Of("element", element)), source);

    private static bool HasText(IReadOnlyList<LanguageString> texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text.Text))
            {
                return true;
            }
        }

        return false;
    }

    // The key follows the element: "issuer.country" → "validation.missing_issuer_country".
    private static ValidationIssue? Missing(bool missing, string element, string message, string source) =>
        missing ? new ValidationIssue(element, IssueKind.Missing, Message.Of("validation.missing_" + element.Replace('.', '_'), message), source) : null;
}
