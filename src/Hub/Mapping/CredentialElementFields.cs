using Exchange.Adapters.Validation;

namespace Exchange.Hub.Mapping;

/// <summary>Which request field a missing or invalid element of the Adapters' validator corresponds to.</summary>
public static class CredentialElementFields
{
    public static string FieldOf(string element, string prefix = "credential") => prefix + "." + element switch
    {
        ElementNames.Learner => "learner",
        ElementNames.Title => "title",
        ElementNames.IssuerCountry => "issuer_locations",
        ElementNames.AwardingBody => "awarding_bodies",
        ElementNames.IssueDate => "issued_at",
        ElementNames.LearningOutcomes => "learning_outcomes",
        ElementNames.Workload or ElementNames.WorkloadEcts or ElementNames.WorkloadCreditsOrHours or ElementNames.WorkloadMinimumCredit => "notional_workload",
        ElementNames.WorkloadUpper => "notional_workload.amount_upper",
        ElementNames.Level or ElementNames.LevelNqf => "level",
        ElementNames.AssessmentType => "assessment",
        ElementNames.ParticipationForm => "participation",
        ElementNames.QualityAssurance => "quality_assurance",
        ElementNames.Grade => "grade",
        ElementNames.Content => "content",
        ElementNames.Purpose => "purpose",
        ElementNames.IssuerLegalData => "awarding_bodies[0].legal_identity",
        ElementNames.IssuerContactData => "awarding_bodies[0].contacts",
        ElementNames.PlaceOfIssue => "place_of_issue",
        ElementNames.AuthorisingBody => "authorising_body",
        ElementNames.RegistryNumber => "programme_registry_number",
        _ => element,
    };
}
