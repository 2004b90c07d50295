using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

// The target's quality expectations weighed against the hub's quality-assurance register (DEQAR-style listings, the
// agencies' EQAR status). The register's answers here are what the hub would hand the rules; no row refuses.
internal static partial class ScenarioCatalogue
{
    private const string QaSource = "[A12] DEQAR/EQAR register; reference §7 (quality = DEQAR/EQAR lookup or national register); ESG 2015 Part 3";

    private static readonly RegisterListing KpiListing = new("QL-000001", "UA-NAQA", new DateOnly(2029, 6, 27), ValidOnDate: true);

    private static QualityRegisterEvidence NaqaOnRegister => new()
    {
        AgencyId = "UA-NAQA",
        NationallyRecognised = true,
        AgencySource = "National agency; EQAR registration unverified (reference §10 q8)",
        InstitutionListing = KpiListing,
    };

    private static QualityRegisterEvidence AikaOnRegister => new()
    {
        AgencyId = "LV-AIKA",
        EqarRegistered = true,
        EqarRegisteredFrom = new DateOnly(2018, 1, 1),
        InstitutionListing = new RegisterListing("QL-000003", "LV-AIKA", new DateOnly(2030, 1, 1), ValidOnDate: true),
    };

    private static QualityRegisterEvidence IaarOnRegister => new()
    {
        AgencyId = "KZ-IAAR",
        NationallyRecognised = true,
        InstitutionListing = new RegisterListing("QL-000002", "KZ-IAAR", new DateOnly(2029, 6, 30), ValidOnDate: true),
    };

    private static void QualityKey(RecognitionAssessment assessment, string key) =>
        Assert.Equal(key, assessment.Criteria.Single(c => c.Criterion == Criterion.Quality).MessageKey);

    private static IReadOnlyList<Scenario> QualityRows { get; } =
    [
        new("UA micro, register confirms NAQA's listing → LV course", [Ua with { QualityRegister = NaqaOnRegister }], Samples.LatvianCourse, CreditTransfer, Full, None,
            "The register lists the provider's institutional accreditation by a nationally recognised agency, valid on the date; the policy accepts national QA.",
            Source: QaSource, Also: a => QualityKey(a, "qa.register_confirms")),
        new("UA micro, NAQA not on EQAR → LV course requiring an EQAR agency", [Ua with { QualityRegister = NaqaOnRegister }],
            Samples.LatvianCourse with { RequireEqarAgency = true }, CreditTransfer, ReferredToOfficer, [Criterion.Quality],
            "The target requires an EQAR-registered agency and the register does not list NAQA as registered: potentially substantial, an officer weighs it.",
            Source: QaSource + "; [R1] LRC Art. VI.1 (substantial differences)", Also: a => QualityKey(a, "qa.agency_not_eqar")),
        new("UA micro, NAQA accepted by the target → LV course requiring an EQAR agency", [Ua with { QualityRegister = NaqaOnRegister }],
            Samples.LatvianCourse with { RequireEqarAgency = true, AcceptedAgencyIds = ["UA-NAQA"] }, CreditTransfer, Full, None,
            "The target names NAQA among the agencies it accepts in any case, so the EQAR requirement is met and the decision says so.",
            Source: QaSource, Also: a => QualityKey(a, "qa.agency_accepted")),
        new("LV micro, AIKA EQAR-registered on the register → UA course requiring an EQAR agency", [Lv with { QualityRegister = AikaOnRegister }],
            Samples.UkrainianCourse with { RequireEqarAgency = true }, CreditTransfer, Full, None,
            "The register lists the agency as EQAR-registered since 2018 and the provider's accreditation as valid on the date.",
            Source: QaSource),
        new("KZ micro claiming a DEQAR id the register does not know → LV course", [Kz with { QualityRegister = IaarOnRegister with { ClaimedDeqarId = "AG0075" } }],
            Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Criterion.Quality],
            "The credential names a DEQAR id the register does not hold: the claim cannot be confirmed, an officer checks it.",
            Source: QaSource + "; seed 001 (KZ micro-credential QA)", Also: a => QualityKey(a, "qa.deqar_id_unknown")),
        new("UA micro whose listing expired before the assessment → LV course", [Ua with { QualityRegister = NaqaOnRegister with { InstitutionListing = KpiListing with { ValidUntil = new DateOnly(2025, 6, 30), ValidOnDate = false } } }],
            Samples.LatvianCourse, CreditTransfer, ReferredToOfficer, [Criterion.Quality],
            "The register's accreditation of the provider ended before the assessment date; flagged for an officer, as an expired statement is.",
            Source: QaSource + "; ESG 2015 standard 2.3 (periodic external QA)", Also: a => QualityKey(a, "qa.listing_expired")),
        new("KZ micro without a programme listing → LV course requiring a listed programme", [Kz with { QualityRegister = IaarOnRegister }],
            Samples.LatvianCourse with { RequireListedProgramme = true }, CreditTransfer, ReferredToOfficer, [Criterion.Quality],
            "Only the institution is listed; the target requires a programme accreditation on the register: potentially substantial.",
            Source: QaSource + "; [K1] programme accreditation in Kazakhstan", Also: a => QualityKey(a, "qa.programme_not_listed")),
    ];
}
