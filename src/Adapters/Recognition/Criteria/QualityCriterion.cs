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
        AutomaticRecognitionBasis? relied = null;
        foreach (var credential in evidence.Credentials)
        {
            if (policy.AutomaticBasisFor(credential.AwardingBody?.Id) is { } basis)
            {
                automatic++;
                relied ??= basis;
                continue;
            }

            var qa = credential.QualityAssurance;
            var accepted = qa is not null && qa.IsExternalAndValidOn(assessmentDate)
                && (qa.Type == QualityAssuranceType.ExternalEqarRegistered || policy.AcceptNationalQualityAssurance);
            if (!accepted)
            {
                var provider = credential.AwardingBody?.Name ?? credential.Id;
                var state = qa switch
                {
                    null => "no quality assurance is stated",
                    { Type: QualityAssuranceType.ExternalEqarRegistered or QualityAssuranceType.ExternalNational, ValidUntil: { } until } when until < assessmentDate
                        => Say($"its external accreditation expired on {until:yyyy-MM-dd}"),
                    { Type: QualityAssuranceType.ExternalNational } => "its QA agency is not on EQAR and the policy asks for EQAR registration",
                    { Type: QualityAssuranceType.InternalOnly } => "only internal quality assurance is stated",
                    _ => "no external quality assurance is stated",
                };
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "quality.unverified",
                    Say($"For {provider} {state}. This is flagged for an officer, not a reason to refuse."),
                    Arg("provider", provider), Arg("state", state));
            }
        }

        // Which list the finding relied on is said in the explanation itself, so the officer sees it on the criterion.
        return relied switch
        {
            null => Make(Criterion.Quality, Finding.NoDifference, null, null, "quality.external",
                "Every credential is backed by valid external quality assurance or an automatically recognised provider."),
            { } all when automatic == evidence.Credentials.Count => Make(Criterion.Quality, Finding.NoDifference, null, null, AutomaticBases.QualityKey,
                Say($"Quality is recognised automatically: every provider is on an automatic recognition list (relied on: list {all.ListId}, version {all.ListVersion}, provider {all.ProviderId})."),
                AutomaticBases.Arguments(all)),
            { } some => Make(Criterion.Quality, Finding.NoDifference, null, null, AutomaticBases.QualityInPartKey,
                Say($"Every credential is backed by valid external quality assurance or a provider on an automatic recognition list (list {some.ListId}, version {some.ListVersion}, provider {some.ProviderId})."),
                AutomaticBases.Arguments(some)),
        };
    }
}
