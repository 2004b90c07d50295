using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Recognition;

/// <summary>The access criterion: what a credential opens at home against the programme it is to open here [R1][R7].</summary>
public class AccessCriterionSpecs
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    private static RecognitionTarget Master => Samples.MasterAdmission(CountryCodes.Latvia);

    private static CriterionAssessment Access(Credential credential, RecognitionTarget? target = null, RecognitionPurpose purpose = RecognitionPurpose.Admission) =>
        Access([credential], target, purpose);

    private static CriterionAssessment Access(Credential[] credentials, RecognitionTarget? target = null, RecognitionPurpose purpose = RecognitionPurpose.Admission)
    {
        target ??= Master;
        return Rules.Assess(credentials, Rules.Prepare(target), purpose, Samples.Policy(target.Country), Samples.AssessmentDate)[Criterion.Access];
    }

    private static Credential Bachelor(params AccessRight[] rights) => Samples.UkrainianBachelor2018 with { AccessRights = rights };

    [Fact]
    public void Access_comes_last_among_the_criteria() =>
        Assert.Equal(Criterion.Access, Rules.Assess(Samples.UkrainianMicro, Rules.Prepare(Samples.LatvianCourse), RecognitionPurpose.CreditTransfer,
            Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate).Criteria[^1].Criterion);

    [Fact]
    public void Stated_access_to_further_study_at_the_programme_level_is_no_difference()
    {
        var access = Access(Bachelor(new AccessRight(AccessKind.FurtherStudy, 7)));

        Assert.Equal(Finding.NoDifference, access.Finding);
        Assert.Equal("access.meets", access.MessageKey);
        Assert.Equal("ua-ba-2018 gives access to further study up to EQF 7 at home (document), which reaches the programme's EQF 7.", access.Explanation);
        Assert.Contains(new MessageArgument("actual", "further_study:7"), access.Arguments);
        Assert.Contains(new MessageArgument("required", "7"), access.Arguments);
    }

    [Fact]
    public void Employment_only_is_potentially_substantial_for_admission()
    {
        var access = Access(Bachelor(new AccessRight(AccessKind.Employment)));

        Assert.Equal(Finding.PotentiallySubstantial, access.Finding);
        Assert.Equal("access.employment_only", access.MessageKey);
        Assert.Contains("employment only", access.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regulated_profession_only_is_potentially_substantial_and_named()
    {
        var access = Access(Bachelor(new AccessRight(AccessKind.RegulatedProfession, Profession: "nurse"), new AccessRight(AccessKind.Employment)));

        Assert.Equal(Finding.PotentiallySubstantial, access.Finding);
        Assert.Equal("access.profession_only", access.MessageKey);
        Assert.Contains(new MessageArgument("profession", "nurse"), access.Arguments);
    }

    [Fact]
    public void Further_study_only_below_the_programme_level_is_measured_in_EQF_levels()
    {
        var access = Access(Bachelor(new AccessRight(AccessKind.FurtherStudy, 6)));

        Assert.Equal(Finding.PotentiallySubstantial, access.Finding);
        Assert.Equal("access.further_study_below", access.MessageKey);
        Assert.Equal(-1, access.MeasuredDifference);
        Assert.Equal("EQF", access.DifferenceUnit);
    }

    [Fact]
    public void Further_study_without_a_level_goes_to_an_officer() =>
        Assert.Equal(Finding.Undetermined, Access(Bachelor(new AccessRight(AccessKind.FurtherStudy))).Finding);

    [Fact]
    public void A_degree_without_stated_rights_is_judged_on_national_data_and_says_so()
    {
        var access = Access(Samples.UkrainianBachelor2018);

        Assert.Equal(Finding.NoDifference, access.Finding);
        Assert.Equal("access.meets_derived", access.MessageKey);
        Assert.Contains(new MessageArgument("source", "national:UA-degrees"), access.Arguments);
    }

    [Fact]
    public void The_programme_level_of_the_target_wins_over_the_level_it_requires()
    {
        var doctoral = Master with { ProgrammeEqfLevel = 8 };

        var access = Access(Bachelor(new AccessRight(AccessKind.FurtherStudy, 7)), doctoral);

        Assert.Equal(Finding.PotentiallySubstantial, access.Finding);
        Assert.Contains(new MessageArgument("required", "8"), access.Arguments);
    }

    [Fact]
    public void A_micro_credential_without_rights_is_not_considered_and_the_level_still_weighs()
    {
        var access = Access(Samples.UkrainianMicro, Master);

        Assert.Equal(Finding.NotConsidered, access.Finding);
        Assert.Equal("access.not_stated", access.MessageKey);
    }

    [Theory]
    [InlineData(RecognitionPurpose.CreditTransfer)]
    [InlineData(RecognitionPurpose.Employment)]
    public void Access_is_not_weighed_for_credit_transfer_or_employment(RecognitionPurpose purpose)
    {
        var access = Access(Bachelor(new AccessRight(AccessKind.Employment)), purpose: purpose);

        Assert.Equal(Finding.NotConsidered, access.Finding);
        Assert.Equal("access.not_weighed", access.MessageKey);
    }

    [Fact]
    public void Access_is_weighed_for_further_study() =>
        Assert.Equal(Finding.PotentiallySubstantial, Access(Bachelor(new AccessRight(AccessKind.Employment)), purpose: RecognitionPurpose.FurtherStudy).Finding);

    [Fact]
    public void A_course_needs_no_access_to_further_study() =>
        Assert.Equal("access.not_programme", Access(Bachelor(new AccessRight(AccessKind.Employment)), Samples.LatvianCourse with { Kind = TargetKind.Course }).MessageKey);

    [Fact]
    public void In_a_stack_every_credential_must_give_the_access()
    {
        var opens = Bachelor(new AccessRight(AccessKind.FurtherStudy, 7));
        var employment = opens with { Id = "ua-ba-2018-b", AccessRights = [new AccessRight(AccessKind.Employment)] };

        var access = Access([opens, employment]);

        Assert.Equal(Finding.PotentiallySubstantial, access.Finding);
        Assert.Contains(new MessageArgument("credential", "ua-ba-2018-b"), access.Arguments);
    }

    [Fact]
    public void A_professional_orientation_with_access_to_master_is_not_substantial()
    {
        var professional = Bachelor(new AccessRight(AccessKind.FurtherStudy, 7)) with { Orientation = Orientation.Professional };

        var assessment = Rules.Assess(professional, Rules.Prepare(Master), RecognitionPurpose.Admission, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);

        Assert.Equal(Finding.NotSubstantial, assessment[Criterion.Profile].Finding);
        Assert.Equal(Finding.NoDifference, assessment[Criterion.Access].Finding);
        Assert.Equal(RecognitionOutcome.Full, assessment.Outcome);
    }

    [Fact]
    public void The_assessment_lists_each_credentials_rights_with_their_source()
    {
        var assessment = Rules.Assess(Samples.KazakhBachelor, Rules.Prepare(Master), RecognitionPurpose.Admission, Samples.Policy(CountryCodes.Latvia), Samples.AssessmentDate);

        var read = Assert.Single(assessment.Access);
        Assert.True(read.IsDerived);
        Assert.False(read.Provenance!.Verified);
        Assert.Equal("kz-ba-2024: further_study:7 (national:KZ-degrees) [K1][K14][E2] unverified", read.Describe());
    }
}
