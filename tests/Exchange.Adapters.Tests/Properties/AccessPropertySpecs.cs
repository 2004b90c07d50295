using CsCheck;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Properties;

/// <summary>Invariants of the access criterion on generated degrees, rights and programmes.</summary>
public class AccessPropertySpecs
{
    private const int Iterations = 300;
    private static readonly RecognitionRules Rules = RecognitionRules.Default;
    private static readonly string[] Countries = [CountryCodes.Ukraine, CountryCodes.Kazakhstan, CountryCodes.Latvia, "PL"];

    private static readonly Gen<AccessRight> AnyRight =
        Gen.Select(Gen.Enum<AccessKind>(), Gen.Int[0, 8]).Select((kind, level) => new AccessRight(kind, level == 0 ? null : level, kind == AccessKind.RegulatedProfession ? "nurse" : null));

    private static readonly Gen<Credential> AnyDegree =
        Gen.Select(Gen.Int[5, 8], AnyRight.Array[0, 3], Gen.Int[0, 2].Select(i => Countries[i]))
            .Select((level, rights, country) => Samples.UkrainianBachelor2018 with
            {
                IssuerCountry = country,
                IssueDate = new DateOnly(2024, 6, 30),
                Degree = null,
                Level = LevelClaim.Eqf(level),
                AccessRights = rights,
            });

    private static readonly Gen<RecognitionTarget> AnyProgramme =
        Gen.Select(Gen.Int[4, 8], Gen.Int[0, 8]).Select((required, programme) => Samples.MasterAdmission(CountryCodes.Latvia) with
        {
            RequiredEqfLevel = required,
            ProgrammeEqfLevel = programme == 0 ? null : programme,
            RequiredEcts = null,
            FieldCode = null,
        });

    private static CriterionAssessment Access(Credential credential, RecognitionTarget target, RecognitionPurpose purpose) =>
        Rules.Assess(credential, Rules.Prepare(target), purpose, Samples.Policy(target.Country), Samples.AssessmentDate)[Criterion.Access];

    [Fact]
    public void Access_is_met_exactly_when_a_right_opens_further_study_at_the_programme_level() =>
        Gen.Select(AnyDegree, AnyProgramme).Sample((degree, target) =>
        {
            var access = Access(degree, target, RecognitionPurpose.Admission);
            var required = Math.Min(target.ProgrammeEqfLevel ?? target.RequiredEqfLevel!.Value + 1, 8);
            var stated = degree.AccessRights.Where(r => r.Kind != AccessKind.Unspecified).ToList();

            if (stated.Count > 0)
            {
                Assert.Equal(stated.Any(r => r.Kind == AccessKind.FurtherStudy && r.EqfLevel >= required), access.Finding == Finding.NoDifference);
                Assert.NotEqual(Finding.NotConsidered, access.Finding);
            }
            else
            {
                // A degree that states nothing is judged on national data, which open the next cycle at most.
                Assert.Equal(access.Finding == Finding.NoDifference, access.MessageKey == "access.meets_derived");
                Assert.DoesNotContain(access.Finding, new[] { Finding.Undetermined, Finding.Closable, Finding.NotSubstantial });
            }
        }, iter: Iterations);

    [Fact]
    public void Access_never_weighs_for_credit_transfer_or_employment_and_never_makes_a_closable_gap() =>
        Gen.Select(AnyDegree, AnyProgramme, Gen.Enum<RecognitionPurpose>()).Sample((degree, target, purpose) =>
        {
            var access = Access(degree, target, purpose);

            Assert.NotEqual(Finding.Closable, access.Finding);
            if (purpose is RecognitionPurpose.CreditTransfer or RecognitionPurpose.Employment)
            {
                Assert.Equal(Finding.NotConsidered, access.Finding);
            }
        }, iter: Iterations);

    [Fact]
    public void A_derived_right_never_opens_more_than_the_next_cycle() =>
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 3].Select(i => Countries[i])).Sample((level, country) =>
        {
            if (Rules.Access.Derive(CredentialKind.Degree, country, LevelRange.Exactly(level)) is { } derived)
            {
                Assert.InRange(derived.Right.EqfLevel!.Value, level, Math.Min(level + 1, 8));
                Assert.StartsWith("national:", derived.Right.Source, StringComparison.Ordinal);
            }
        }, iter: Iterations);
}
