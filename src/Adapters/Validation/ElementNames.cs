namespace Exchange.Adapters.Validation;

/// <summary>Stable machine names of credential elements; API clients key on these, so never rename one.</summary>
public static class ElementNames
{
    public const string Learner = "learner";
    public const string Title = "title";
    public const string IssuerCountry = "issuer.country";
    public const string AwardingBody = "awarding_body";
    public const string IssueDate = "issue_date";
    public const string LearningOutcomes = "learning_outcomes";
    public const string Workload = "workload";
    public const string Level = "level";
    public const string AssessmentType = "assessment_type";
    public const string ParticipationForm = "participation_form";
    public const string QualityAssurance = "quality_assurance";
    public const string Grade = "grade";

    // Ukraine (seed 000: content, outcomes, NQF level, ECTS).
    public const string Content = "content";
    public const string LevelNqf = "level.nqf";
    public const string WorkloadEcts = "workload.ects";

    // Latvia (seed 003).
    public const string Purpose = "purpose";
    public const string IssuerLegalData = "issuer.legal_data";
    public const string IssuerContactData = "issuer.contact_data";
    public const string PlaceOfIssue = "place_of_issue";
    public const string AuthorisingBody = "authorising_body";

    // Kazakhstan (seed 001).
    public const string WorkloadCreditsOrHours = "workload.credits_or_hours";
    public const string WorkloadMinimumCredit = "workload.minimum_credit";
    public const string RegistryNumber = "registry_number";

    // Workload ranges and parts (issue 25): the upper bound of the notional workload, and each part's component.
    public const string WorkloadUpper = "workload.amount_upper";

    /// <summary>The component of the workload part at <paramref name="index"/> (request order), e.g. "workload_components[1].component".</summary>
    public static string WorkloadComponent(int index) => "workload_components[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].component";

    /// <summary>The upper bound of the workload part at <paramref name="index"/>.</summary>
    public static string WorkloadComponentUpper(int index) => "workload_components[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].amount_upper";
}
