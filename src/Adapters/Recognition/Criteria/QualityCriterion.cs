using System.Globalization;
using Exchange.Adapters.Credentials;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Quality: valid external quality assurance for every credential, or a provider the policy recognises
/// automatically. Anything else is flagged for an officer, never rejected: absence of QA is not by
/// itself a substantial difference (reference §7). Where the hub's quality-assurance register has an answer
/// (DEQAR-style listings and the agencies' EQAR status [A12]), the credential's own statement is the evidence and
/// the register the check; the target's own expectations (an EQAR-registered agency, a listed programme, agencies it
/// accepts in any case) are weighed against the register.
/// </summary>
internal static class QualityCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, RecognitionPolicy policy, DateOnly assessmentDate)
    {
        if (!target.RequiresExternalQualityAssurance && !target.RequireEqarAgency && !target.RequireListedProgramme)
        {
            return Make(Criterion.Quality, Finding.NotConsidered, null, null, "quality.not_required", "The target does not require external quality assurance.");
        }

        var automatic = 0;
        var checkedByRegister = false;
        var accepted = new List<string>();
        CriterionAssessment? undetermined = null;
        AutomaticRecognitionBasis? relied = null;
        foreach (var credential in evidence.Credentials)
        {
            if (policy.AutomaticBasisFor(credential.AwardingBody?.Id) is { } basis)
            {
                automatic++;
                relied ??= basis;
                continue;
            }

            var acceptedAgency = AcceptedAgency(credential, target);
            var flag = credential.QualityRegister is { } register
                ? AgainstRegister(credential, register, acceptedAgency, target, policy, assessmentDate)
                : AgainstStatement(credential, acceptedAgency, target, policy, assessmentDate);
            if (flag is { Finding: Finding.PotentiallySubstantial })
            {
                // A requirement of the target is not met: that is the officer's first question, so it is the one said.
                return flag;
            }

            undetermined ??= flag;
            checkedByRegister |= credential.QualityRegister is not null;
            if (acceptedAgency is not null && !accepted.Contains(acceptedAgency, StringComparer.Ordinal))
            {
                accepted.Add(acceptedAgency);
            }
        }

        if (undetermined is not null)
        {
            return undetermined;
        }

        if (accepted.Count > 0)
        {
            var agencies = string.Join(", ", accepted);
            return Make(Criterion.Quality, Finding.NoDifference, null, null, "qa.agency_accepted",
                Say($"The target accepts {agencies} in any case; every credential is backed by valid external quality assurance."),
                Arg("agencies", agencies));
        }

        if (checkedByRegister)
        {
            return Make(Criterion.Quality, Finding.NoDifference, null, null, "qa.register_confirms",
                "The hub's quality-assurance register confirms the external quality assurance of every credential.");
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

    /// <summary>The register has nothing to say: the credential's statement is all there is, as before the register.
    /// A target requirement that only the register can check is then left to an officer.</summary>
    private static CriterionAssessment? AgainstStatement(Credential credential, string? acceptedAgency, RecognitionTarget target, RecognitionPolicy policy, DateOnly assessmentDate)
    {
        var provider = Provider(credential);
        var qa = credential.QualityAssurance;
        if ((acceptedAgency is null && target.RequireEqarAgency) || target.RequireListedProgramme)
        {
            return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.register_silent",
                Say($"For {provider} the hub's quality-assurance register has nothing, so the target's quality requirements cannot be checked against it. This is flagged for an officer, not a reason to refuse."),
                Arg("provider", provider));
        }

        var valid = qa is not null && qa.IsExternalAndValidOn(assessmentDate)
            && (acceptedAgency is not null || qa.Type == QualityAssuranceType.ExternalEqarRegistered || policy.AcceptNationalQualityAssurance);
        if (valid)
        {
            return null;
        }

        // The state is a nested message (its key), so each language says it in its own words.
        var until = qa?.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
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

    /// <summary>The register's answer weighed: a target requirement it shows unmet may be substantial; anything it
    /// cannot confirm (an unknown DEQAR id, an agency it does not list, an expired listing) goes to an officer.</summary>
    private static CriterionAssessment? AgainstRegister(Credential credential, QualityRegisterEvidence register, string? acceptedAgency,
        RecognitionTarget target, RecognitionPolicy policy, DateOnly assessmentDate)
    {
        var provider = Provider(credential);
        var date = Day(assessmentDate);
        var agency = register.AgencyId ?? credential.QualityAssurance?.AgencyId ?? credential.QualityAssurance?.Agency ?? "";
        if (acceptedAgency is null)
        {
            if (register.ClaimedDeqarId is { } claimed && !register.ClaimedDeqarIdKnown)
            {
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.deqar_id_unknown",
                    Say($"For {provider} the credential names DEQAR id {claimed}, which the hub's quality-assurance register does not know. An officer checks it; this is not a reason to refuse."),
                    Arg("provider", provider), Arg("deqarId", claimed));
            }

            if (register.AgencyId is null)
            {
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.agency_not_on_register",
                    Say($"For {provider} the quality-assurance agency ({(agency.Length > 0 ? agency : "none stated")}) is not on the hub's quality-assurance register. An officer checks it; this is not a reason to refuse."),
                    Arg("provider", provider), Arg("agency", agency.Length > 0 ? agency : "none stated"));
            }

            if (target.RequireEqarAgency && !register.EqarRegistered)
            {
                return Make(Criterion.Quality, Finding.PotentiallySubstantial, null, null, "qa.agency_not_eqar",
                    Say($"For {provider} the agency {agency} is not registered in EQAR on {date} according to the hub's quality-assurance register, and the target requires an EQAR-registered agency and does not accept this one otherwise. This may be a substantial difference for an officer to weigh."),
                    Arg("provider", provider), Arg("agency", agency), Arg("date", date));
            }
        }

        if (target.RequireListedProgramme && register.ProgrammeListing is not { ValidOnDate: true })
        {
            var programme = credential.ProgrammeId ?? credential.ProgrammeCode ?? credential.Id;
            return Make(Criterion.Quality, Finding.PotentiallySubstantial, null, null, "qa.programme_not_listed",
                Say($"For {provider} the hub's quality-assurance register lists no programme accreditation of {programme} valid on {date}, and the target requires a listed programme. This may be a substantial difference for an officer to weigh."),
                Arg("provider", provider), Arg("programme", programme), Arg("date", date));
        }

        if (register.ValidListing is null)
        {
            if ((Expired(register.ProgrammeListing, assessmentDate) ?? Expired(register.InstitutionListing, assessmentDate)) is { } expired)
            {
                var until = Day(expired.ValidUntil!.Value);
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.listing_expired",
                    Say($"For {provider} the register's listing {expired.ListingId} expired on {until}. This is flagged for an officer, not a reason to refuse."),
                    Arg("provider", provider), Arg("listingId", expired.ListingId), Arg("until", until));
            }

            if (credential.QualityAssurance is not { } qa || !qa.IsExternalAndValidOn(assessmentDate))
            {
                return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.no_listing",
                    Say($"For {provider} the hub's quality-assurance register lists no review valid on {date} and the credential states no valid external quality assurance. This is flagged for an officer, not a reason to refuse."),
                    Arg("provider", provider), Arg("date", date));
            }
        }

        if (acceptedAgency is null && !register.EqarRegistered && !(register.NationallyRecognised && policy.AcceptNationalQualityAssurance))
        {
            return Make(Criterion.Quality, Finding.Undetermined, null, null, "qa.agency_not_recognised",
                Say($"For {provider} the agency {agency} is on the hub's quality-assurance register but is neither registered in EQAR on {date} nor a nationally recognised agency this policy accepts. This is flagged for an officer, not a reason to refuse."),
                Arg("provider", provider), Arg("agency", agency), Arg("date", date));
        }

        return null;
    }

    /// <summary>The target's accepted agencies match the register's agency, the stated agency or the claimed DEQAR id.</summary>
    private static string? AcceptedAgency(Credential credential, RecognitionTarget target)
    {
        if (target.AcceptedAgencyIds.Count == 0)
        {
            return null;
        }

        string?[] ids =
        [
            credential.QualityRegister?.AgencyId, credential.QualityRegister?.AgencyDeqarId,
            credential.QualityAssurance?.AgencyId, credential.QualityAssurance?.DeqarId,
        ];
        return ids.FirstOrDefault(id => id is { Length: > 0 } && target.AcceptedAgencyIds.Contains(id, StringComparer.OrdinalIgnoreCase));
    }

    private static RegisterListing? Expired(RegisterListing? listing, DateOnly date) =>
        listing is { ValidOnDate: false, ValidUntil: { } until } && until < date ? listing : null;

    private static string Provider(Credential credential) => credential.AwardingBody?.Name ?? credential.Id;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
