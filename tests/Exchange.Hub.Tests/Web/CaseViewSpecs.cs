using System.Globalization;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Web.Console;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Web;

/// <summary>The case page without a cluster: a case referred by the real rules (the aggregate, given its time), turned
/// into the page's view: each criterion with the foreign credential beside the host requirement, the verification
/// report in its fixed order, and the journal.</summary>
public sealed class CaseViewSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseHub Hub = new("hub-lv", "LV");

    [Fact]
    public void Each_criterion_puts_the_foreign_credential_beside_the_host_requirement_with_levels_in_both_frameworks_and_eqf()
    {
        var state = Referred(UkrainianMicro("ua-mc-view") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);

        var view = CaseViewBuilder.Build(state, Start.AddDays(1), "en", CultureInfo.InvariantCulture);

        Assert.True(view.EvidenceRecorded);
        Assert.Equal(["Level", "Workload", "Quality assurance", "Profile", "Learning outcomes", "Access rights"], view.Findings.Select(f => f.Criterion));
        var level = view.Findings[0];
        Assert.True(level.Flagged);
        var row = level.Rows[0];
        Assert.Equal(("{0} level {1}", "Ukraine NQF", "5"), (row.Foreign[0].Template, row.Foreign[0].Args[0].Value, row.Foreign[0].Args[1].Value));
        Assert.True(row.Foreign[0].Args[0].IsLabel);
        Assert.Equal(("{0} level {1}", "Latvia LQF", "6"), (row.Host[0].Template, row.Host[0].Args[0].Value, row.Host[0].Args[1].Value));
        Assert.Contains(row.Foreign, p => p.Template == "EQF {0}");
        Assert.Contains(row.Host, p => p.Template == "EQF {0}" && p.Args[0].Value == "6");
        // The table the level was read by is named with its sources, on both sides.
        Assert.Contains(row.Foreign, p => p.Template == "Source: {0} ({1})" && p.Args[0].Value.Length > 0);
        Assert.Contains(row.Host, p => p.Template == "Source: {0} ({1})" && p.Args[0].Value.Length > 0);
        Assert.Contains(level.Rows, r => r.Aspect.Template == "Level in the host framework");

        var workload = view.Findings[1].Rows.Single();
        Assert.Equal(("{0} {1}", "6", "ECTS credits (Ukraine)"), (workload.Foreign[0].Template, workload.Foreign[0].Args[0].Value, workload.Foreign[0].Args[1].Value));
        Assert.Contains(workload.Foreign, p => p.Template == "Converted: {0} {1}" && p.Args[1].Value == "Latvian credit points");
        Assert.Contains(workload.Foreign, p => p.Template == "Conversion: {0}, factor {1}");
        Assert.Equal(("{0} {1} required", "6"), (workload.Host[0].Template, workload.Host[0].Args[0].Value));

        var quality = view.Findings[2].Rows.Single();
        Assert.Equal("external, by a national agency not on EQAR", quality.Foreign[0].Args[0].Value);
        Assert.Equal("Agency: {0}", quality.Foreign[1].Template);
        Assert.Equal("External quality assurance required", quality.Host[0].Template);
    }

    [Fact]
    public void The_access_row_shows_what_the_degree_opens_at_home_and_its_source_beside_what_the_programme_needs()
    {
        var degree = UkrainianMicro("ua-ba-access") with
        {
            Kind = CredentialKind.Degree,
            Degree = "bachelor",
            AccessRights = [new AccessRight(AccessKind.Employment)],
        };
        var submission = Submission("key-" + degree.Id, MasterProgramme, degree.Id) with { Purpose = Exchange.Adapters.Recognition.RecognitionPurpose.Admission };

        var view = CaseViewBuilder.Build(Referred(submission, degree), Start, "en", CultureInfo.InvariantCulture);

        var access = view.Findings.Single(f => f.Criterion == "Access rights");
        Assert.Equal("criterion-access", access.Anchor);
        Assert.True(access.Flagged);
        Assert.Contains("employment only", access.Explanation, StringComparison.Ordinal);
        var row = access.Rows.Single();
        Assert.Equal(("Access rights of {0}", "Data analysis in Python"), (row.Aspect.Template, row.Aspect.Args[0].Value));
        Assert.Equal(["{0}", "Stated by the document"], row.Foreign.Select(p => p.Template));
        Assert.Equal(("Employment", true), (row.Foreign[0].Args[0].Value, row.Foreign[0].Args[0].IsLabel));
        Assert.Equal(("Needs access to further study at EQF {0}", "7"), (row.Host[0].Template, row.Host[0].Args[0].Value));
    }

    [Fact]
    public void A_derived_access_right_names_the_national_data_and_its_sources()
    {
        var degree = UkrainianMicro("ua-ba-derived") with { Kind = CredentialKind.Degree, Degree = "bachelor", FieldCode = "0311" };
        var submission = Submission("key-" + degree.Id, MasterProgramme, degree.Id) with { Purpose = Exchange.Adapters.Recognition.RecognitionPurpose.Admission };

        var row = CaseViewBuilder.Build(Referred(submission, degree), Start, "en", CultureInfo.InvariantCulture)
            .Findings.Single(f => f.Criterion == "Access rights").Rows.Single();

        Assert.Equal(("Further study up to EQF {0}", "7"), (row.Foreign[0].Template, row.Foreign[0].Args[0].Value));
        Assert.Equal(("Derived from national data {0} ({1})", "national:UA-degrees", "[U16]"),
            (row.Foreign[1].Template, row.Foreign[1].Args[0].Value, row.Foreign[1].Args[1].Value));
    }

    [Fact]
    public void Outcomes_of_the_host_requirement_are_listed_matched_and_missing()
    {
        var target = RigaCourse with
        {
            Outcomes =
            [
                new LocalText("uk", "Очищає та аналізує табличні дані за допомогою pandas"),
                new LocalText("uk", "Проєктує реляційні бази даних і пише складні SQL-запити"),
            ],
        };
        var state = Referred(UkrainianMicro("ua-mc-outcomes") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, target);

        var outcomes = CaseViewBuilder.Build(state, Start, "uk", CultureInfo.InvariantCulture).Findings.Single(f => f.Criterion == "Learning outcomes").Outcomes;

        Assert.Equal([1, 2], outcomes.Select(o => o.Number));
        Assert.Equal([true, false], outcomes.Select(o => o.Matched));
        Assert.Equal(("Matched", "Missing"), (outcomes[0].Status, outcomes[1].Status));
        Assert.NotEmpty(outcomes[1].MissingTerms);
    }

    [Fact]
    public void Outcomes_compared_in_Kazakh_name_the_language_they_were_read_in()
    {
        var target = RigaCourse with
        {
            Outcomes =
            [
                new LocalText("kk", "Кестелік деректерді тазалау және түрлендіру үшін Python тілінде бағдарламалар жазу"),
                new LocalText("kk", "Реляциялық дерекқор схемаларын жобалау"),
            ],
        };
        var kazakh = UkrainianMicro("kz-mc-kazakh") with
        {
            IssuerCountry = "KZ",
            AwardingBody = new Organisation("kz-kaznu", "Al-Farabi Kazakh National University", "KZ"),
            Level = new LevelClaim(QualificationFramework.KazakhstanNqf, 5),
            Workload = new Workload(6, CreditUnit.KazakhAcademicCredit),
            LearningOutcomes = [LearningOutcome.In("kk", "Білім алушы Python тілінде кестелік деректерді тазалайтын және түрлендіретін бағдарламаларды жаза алады")],
        };

        var outcomes = CaseViewBuilder.Build(Referred(kazakh, target), Start, "kk", CultureInfo.InvariantCulture).Findings.Single(f => f.Criterion == "Learning outcomes").Outcomes;

        Assert.Equal([true, false], outcomes.Select(o => o.Matched));
        Assert.All(outcomes, o => Assert.Equal("Kazakh", o.Language));
        Assert.Equal(["реляциялық", "дерекқор", "схем", "жобал"], outcomes[1].MissingTerms);
    }

    [Fact]
    public void The_verification_report_lists_every_check_in_a_fixed_order_and_says_which_were_not_run()
    {
        var state = Referred(UkrainianMicro("ua-mc-checks") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);

        var credential = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture).Credentials.Single();

        Assert.Equal(Enum.GetValues<VerificationCheck>().Order(), credential.Checks.Select(c => c.Check));
        Assert.Equal(CheckState.Passed, credential.Checks[0].State);
        Assert.Equal(CheckState.DoesNotApply, credential.Checks.Single(c => c.Check == VerificationCheck.Expiry).State);
        Assert.Equal(CheckState.NotRun, credential.Checks.Single(c => c.Check == VerificationCheck.EmbeddedProof).State);
        Assert.Empty(credential.IssuerQualityAssurance);
        Assert.Equal(("Valid", "hub-ua", "UA"), (credential.Verdict, credential.IssuingHubId, credential.Country));
        Assert.Equal("Igor Sikorsky Kyiv Polytechnic Institute", credential.IssuerName);
        Assert.Equal("Data analysis in Python", credential.Title);
    }

    [Fact]
    public void The_issuer_section_shows_the_quality_assurance_status_the_check_used()
    {
        var basis = new QualityAssuranceBasis("NAQA", true, QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive,
            new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var state = Referred(UkrainianMicro("ua-mc-qa") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse,
            new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Passed, "On the issue date ... NAQA ...", QualityAssurance: basis));

        var credential = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture).Credentials.Single();

        Assert.Equal(CheckState.Passed, credential.Checks.Single(c => c.Check == VerificationCheck.IssuerQualityAssurance).State);
        Assert.Equal(
            ["{0}, registered in EQAR", "Type: {0}", "Result: {0}", "Valid from {0} until {1}"],
            credential.IssuerQualityAssurance.Select(p => p.Template));
        Assert.Equal("NAQA", credential.IssuerQualityAssurance[0].Args[0].Value);
        Assert.Equal(("institutional accreditation", true), (credential.IssuerQualityAssurance[1].Args[0].Value, credential.IssuerQualityAssurance[1].Args[0].IsLabel));
        Assert.Equal("positive", credential.IssuerQualityAssurance[2].Args[0].Value);
        Assert.Equal(["1 Jun 2024", "1 Jun 2029"], credential.IssuerQualityAssurance[3].Args.Select(a => a.Value));
    }

    [Fact]
    public void With_no_quality_assurance_recorded_the_check_reads_could_not_be_checked_and_the_verdict_stays_valid()
    {
        var state = Referred(UkrainianMicro("ua-mc-noqa") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse,
            new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, "Could not be checked: hub hub-ua records no quality assurance status."));

        var credential = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture).Credentials.Single();

        Assert.Equal(CheckState.CouldNotBeChecked, credential.Checks.Single(c => c.Check == VerificationCheck.IssuerQualityAssurance).State);
        Assert.Equal(["None recorded at the issuing hub"], credential.IssuerQualityAssurance.Select(p => p.Template));
        Assert.Equal("Valid", credential.Verdict);
    }

    [Fact]
    public void A_case_assessed_before_the_comparison_was_kept_shows_the_rules_evidence_and_no_rebuilt_values()
    {
        var state = Referred(UkrainianMicro("ua-mc-old") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);
        state.Assessment = state.Assessment! with { CredentialEvidence = [], TargetEvidence = null, HostLevel = null, OutcomeMatches = [] };

        var view = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture);

        Assert.False(view.EvidenceRecorded);
        Assert.All(view.Findings, f => Assert.Empty(f.Rows));
        Assert.NotEmpty(view.Findings[0].Evidence);
        Assert.Equal(("Received", "In review"), (view.Journal[0].To, view.Journal[^1].To));
    }

    [Fact]
    public void The_journal_names_a_person_by_id_and_the_hub_only_as_the_hub()
    {
        var state = Referred(UkrainianMicro("ua-mc-journal") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);

        var view = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture);

        Assert.Equal(("institution", false), (view.Journal[0].ActorKind, view.Journal[0].ActorId.Length == 0));
        Assert.All(view.Journal.Where(j => j.ActorKind == "the hub"), j => Assert.Equal("", j.ActorId));
        Assert.Contains(view.Journal, j => j.ActorKind == "the hub");
    }

    [Fact]
    public void Overdue_is_judged_at_reading_time()
    {
        var state = Referred(UkrainianMicro("ua-mc-late") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);

        var onTime = CaseViewBuilder.Build(state, Start, "en", CultureInfo.InvariantCulture).Deadline;
        var late = CaseViewBuilder.Build(state, state.Deadline!.Value.AddDays(1), "en", CultureInfo.InvariantCulture).Deadline;

        Assert.Equal((DeadlineState.OnTime, DeadlineState.Overdue), (onTime.State, late.State));
    }

    [Fact]
    public void Each_grade_shows_the_original_the_host_range_with_its_ECTS_letters_national_grades_and_meaning_the_method_and_why()
    {
        IReadOnlyList<GradeBand> issuer =
        [
            new("A", 90, 100, true, "A", National: "5"), new("B", 82, 89, true, "B", National: "4", Meaning: GradeMeaning.Good),
            new("C", 75, 81, true, "C", National: "4"), new("E", 60, 74, true, "E", National: "3"), new("F", 0, 59, false, "F", National: "2"),
        ];
        var credential = UkrainianMicro("ua-mc-grades") with
        {
            Level = new LevelClaim(QualificationFramework.UkraineNqf, 5),
            Grade = new Grade("85", GradeScales.Ukrainian100, issuer, new GradeDistributionTable(GradeScales.Ukrainian100, "0613, 2022-2024",
                [new("A", 14), new("B", 21), new("C", 30), new("E", 35)])),
        };
        var target = RigaCourse with
        {
            HostGradeDistribution = new CaseGradeTable("0613, 2022-2024",
                [new("10", 4), new("9", 12), new("8", 22), new("7", 26), new("6", 18), new("5", 12), new("4", 6)]),
        };

        var grade = Assert.Single(CaseViewBuilder.Build(Referred(credential, target), Start.AddDays(1), "en", CultureInfo.InvariantCulture).Grades);

        Assert.Equal(("85 (UA-100)", "B", "4"), (grade.Original, grade.OriginalEquivalents.Ects, grade.OriginalEquivalents.National));
        // B is the top 14–35 % of the issuer's passers: Latvian 9 (4–16 %) and 8 (16–38 %), hinted as ECTS A and B.
        Assert.Equal(("8–9 (LV-10)", "B–A"), (grade.Host, grade.HostEquivalents.Ects));
        Assert.Equal(["good", "excellent"], grade.HostEquivalents.Meanings);
        Assert.Equal("grade distribution tables compared", grade.Method);
        Assert.Contains("covers the top 14–35 %", grade.Explanation, StringComparison.Ordinal);
        Assert.Empty(grade.Notes);
    }

    [Fact]
    public void A_linear_grade_says_why_no_table_or_mapping_was_used_and_that_it_kept_its_meaning()
    {
        // The sample's 92 (A, відмінно) would be a Latvian 8 (ļoti labi) linearly; it stays excellent: 9.
        var state = Referred(UkrainianMicro("ua-mc-linear") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) }, RigaCourse);

        var grade = Assert.Single(CaseViewBuilder.Build(state, Start.AddDays(1), "en", CultureInfo.InvariantCulture).Grades);

        Assert.Equal(("9 (LV-10)", "linear between pass mark and maximum"), (grade.Host, grade.Method));
        Assert.Equal(["excellent"], grade.HostEquivalents.Meanings);
        Assert.Equal(3, grade.Notes.Count);
        Assert.StartsWith("The issuer publishes no grade distribution table", grade.Notes[0], StringComparison.Ordinal);
        Assert.Contains("nearest host grades of the same meaning", grade.Notes[2], StringComparison.Ordinal);
    }

    /// <summary>Admission to a master's programme at RTU: a completed first cycle (LQF 6) in the field.</summary>
    private static CaseTarget MasterProgramme => new(
        "rtu-msc-cs", "Datorzinātņu maģistrs", Exchange.Adapters.Recognition.TargetKind.Programme, QualificationFramework.LatviaLqf, 6, null, Exchange.Adapters.Credits.CreditUnit.Unspecified,
        "0613", Orientation.Academic, false, [], null);

    private static RecognitionCaseState Referred(Credential credential, CaseTarget target, params CheckOutcome[] moreChecks) =>
        Referred(Submission("key-" + credential.Id, target, credential.Id), credential, moreChecks);

    private static RecognitionCaseState Referred(CaseSubmission submission, Credential credential, params CheckOutcome[] moreChecks)
    {
        var state = new RecognitionCaseState();
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), state, HubRecognitionPolicy.Defaults("LV"), Hub);
        @case.Submit(submission, Start);
        @case.Resolve([new ResolvedCredential(new SignedEnvelope([1], [2], []), new CredentialVerification(credential.Id, "hub-ua",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "Institution signature verified."),
            new(VerificationCheck.Expiry, CheckResult.NotApplicable, "The credential states no expiry."),
            .. moreChecks,
        ], Start, Start.AddHours(1)), "UA", credential)], Start);
        Assert.Equal(CaseStatus.InReview, @case.State.Status);
        return @case.State;
    }
}
