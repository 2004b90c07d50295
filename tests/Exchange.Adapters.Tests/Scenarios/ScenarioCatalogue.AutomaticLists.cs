using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;
using static Exchange.Adapters.Recognition.Criterion;
using static Exchange.Adapters.Recognition.RecognitionOutcome;
using static Exchange.Adapters.Recognition.RecognitionPurpose;

namespace Exchange.Adapters.Tests.Scenarios;

/// <summary>Automatic recognition lists as data: which list a decision relied on, and where a list does not reach.</summary>
internal static partial class ScenarioCatalogue
{
    private const string AutomaticSource = "[R10][R11] EU automatic recognition (level + quality on preset criteria); seed 001 (leading organisations, commission)";

    private static IReadOnlyList<Scenario> AutomaticListRows { get; } =
    [
        new("UA provider on the KZ leading-organisations list, internal QA only → KZ course", [Ua with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly), LearningOutcomes = FirstLanguageOnly(Outcomes.UkrainianMicro) }],
            Samples.KazakhCourse, CreditTransfer, Full, [],
            "The provider is on list version 3: quality and outcomes are recognised automatically and the assessment names that list.",
            Samples.KazakhPolicyWith(Samples.LeadingProviders(3, "lv-rtu", "ua-kpi")), AutomaticSource,
            a =>
            {
                Assert.Equal(new AutomaticRecognitionBasis("kz-leading-providers", 3, Samples.LeadingProviders(3).Name, Samples.LeadingProviders(3).LegalBasis, "ua-kpi"), a.AutomaticBasis);
                Assert.Equal("autolist.quality", a[Quality].MessageKey);
                Assert.Equal("autolist.outcomes", a[LearningOutcomes].MessageKey);
                Assert.Contains(a[Quality].Arguments, x => x is { Name: "list_version", Value: "3" });
                // Recognised without comparison: every target outcome counts as covered in the recognised scope.
                Assert.Equal(Samples.KazakhCourse.Outcomes.Count, a.Scope!.CoveredTargetOutcomes.Count);
            }),
        new("UA provider on a withdrawn list, internal QA only → KZ course", [Ua with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) }],
            Samples.KazakhCourse, CreditTransfer, ReferredToOfficer, [Quality],
            "The list was withdrawn: the provider is compared as any other, and internal QA alone goes to an officer.",
            Samples.KazakhPolicyWith(Samples.LeadingProviders(4, "ua-kpi") with { Active = false }), AutomaticSource,
            a =>
            {
                Assert.Null(a.AutomaticBasis);
                Assert.Equal("quality.unverified", a[Quality].MessageKey);
                Assert.DoesNotContain(a.Criteria, c => c.MessageKey.StartsWith("autolist.", StringComparison.Ordinal));
            }),
        new("LV provider on the list but below the KZ course's level", [Lv with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) }],
            Samples.KazakhCourse with { RequiredEqfLevel = 7 }, CreditTransfer, ReferredToOfficer, [Level],
            "The list recognises quality and outcomes, not level: an EQF 6 credential for an EQF 7 course is still referred on level.",
            Samples.KazakhPolicyWith(Samples.LeadingProviders(2, "lv-rtu")), AutomaticSource,
            a =>
            {
                Assert.Equal("lv-rtu", a.AutomaticBasis?.ProviderId);
                Assert.Equal(Finding.NoDifference, a[Quality].Finding);
                Assert.True(a[Level].PotentiallySubstantial);
            }),
        new("Stack of a listed LV provider and an unlisted KZ provider → KZ course", [Lv with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) }, Kz],
            Samples.KazakhCourse, CreditTransfer, Full, [],
            "Quality rests on the list for the Latvian provider and on accreditation for the Kazakh one; the outcomes are compared as usual because not every provider is listed.",
            Samples.KazakhPolicyWith(Samples.LeadingProviders(2, "lv-rtu")), AutomaticSource,
            a =>
            {
                Assert.Null(a.AutomaticBasis);
                Assert.Equal("autolist.quality_in_part", a[Quality].MessageKey);
                Assert.Contains(a[Quality].Arguments, x => x is { Name: "provider_id", Value: "lv-rtu" });
                Assert.NotEqual("autolist.outcomes", a[LearningOutcomes].MessageKey);
            }),
        new("KZ provider on two lists → the basis is the list first by id", [Kz with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) }],
            Samples.KazakhCourse, CreditTransfer, Full, [],
            "Both lists name the provider; the rules always rely on the same one (ordinal id order), so a repeat assessment names the same basis.",
            Samples.KazakhPolicyWith(Samples.LeadingProviders(5, "kz-kaznu"), Samples.LeadingProviders(1, "kz-kaznu") with { Id = "kz-domestic-leaders" }), AutomaticSource,
            a => Assert.Equal(("kz-domestic-leaders", 1L), (a.AutomaticBasis?.ListId, a.AutomaticBasis?.ListVersion))),
    ];
}
