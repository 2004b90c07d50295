using Exchange.Adapters.Credentials;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Quality: valid external quality assurance for every credential, or a provider the policy recognises
/// automatically. Anything else is flagged for an officer, never rejected: absence of QA is not by
/// itself a substantial difference (reference §7).
/// </summary>
internal static class QualityCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy, DateOnly assessmentDate)
    {
        if (!target.RequiresExternalQualityAssurance)
        {
            return Make(Criterion.Quality, Finding.NotConsidered, null, null, "quality.not_required", "The target does not require external quality assurance.");
        }

        var automatic = 0;
        foreach (var credential in evidence.Credentials)
        {
            if (policy.IsAutomaticallyRecognised(credential.AwardingBody?.Id))
            {
                automatic++;
                continue;
            }

            var qa = credential.QualityAssurance;
            var accepted = qa is not null && qa.IsExternalAndValidOn(assessmentDate)
                && (qa.Type == QualityAssuranceType.ExternalEqarRegistered || policy.AcceptNationalQualityAssurance);
            if (!accepted)
            {
                var provider = credential.AwardingBody?.Name ?? credential.Id;
                var until = qa?.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
                var (state, english) = qa switch
                {
                    null => ("quality.state_none", "no quality assurance is stated"),
                    { Type: QualityAssuranceType.ExternalEqarRegistered or QualityAssuranceType.ExternalNational, ValidUntil: { } expiry } when expiry < assessmentDate
                        => ("quality.state_expired", "its external accreditation expired on " + until),
                    { Type: QualityAssuranceType.ExternalNational } => ("quality.state_not_eqar", "its QA agency is not on EQAR and the policy asks for EQAR registration"),
                    { Type: QualityAssuranceType.InternalOnly } => ("quality.state_internal", "only internal quality assurance is stated"),
                    _ => ("quality.state_no_external", "no external quality assurance is stated"),
                };
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "quality.unverified",
                    Say($"For {provider} {english}. This is flagged for an officer, not a reason to refuse."),
                    Arg("provider", provider), Arg("state", state), Arg("until", until));
            }
        }

        return automatic == evidence.Credentials.Count
            ? Make(Criterion.Quality, Finding.NoDifference, null, null, "quality.automatic",
                "Every provider is on the hub's list of automatically recognised providers.")
            : Make(Criterion.Quality, Finding.NoDifference, null, null, "quality.external",
                "Every credential is backed by valid external quality assurance or an automatically recognised provider.");
    }
}
