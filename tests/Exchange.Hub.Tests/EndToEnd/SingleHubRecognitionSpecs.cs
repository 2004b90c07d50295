using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Recognition;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.EndToEnd;

/// <summary>
/// The whole national path on one real hub: the centre registers an issuer, the issuer issues a signed
/// micro-credential, the learner shares it, a university asks for recognition, and the case is either decided
/// by the rules or taken through an officer's review.
/// </summary>
public sealed class SingleHubRecognitionSpecs : IAsyncLifetime
{
    private const string Issuer = "UA-E2E-ISSUER";
    private const string University = "UA-E2E-UNIVERSITY";
    private const string LearnerId = "L-E2E-1";
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_shared_credential_that_meets_the_course_is_recognised_in_full_without_an_officer()
    {
        var reference = await IssueAndShareAsync("e2e-full");
        var decided = await SubmitAndSettleAsync("full-1", reference, Requirements(ectsRequired: "5", eqfRequired: "6"));

        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(RecognitionOutcome.Full, decided.Decision.Outcome);
        Assert.All(decided.VerificationReports, r => Assert.Equal(VerificationVerdict.Valid, r.Verdict));
        Assert.Contains(decided.Journal, e => e.ToStatus == CaseStatus.Verified);
    }

    [Fact]
    public async Task A_large_workload_shortfall_goes_to_an_officer_who_decides_with_written_reasons()
    {
        var reference = await IssueAndShareAsync("e2e-review");
        var referred = await SubmitAndSettleAsync("review-1", reference, Requirements(ectsRequired: "30", eqfRequired: "6"));

        Assert.Equal(CaseStatus.InReview, referred.Status);
        Assert.Contains(RecognitionCriterion.Workload, referred.FlaggedCriteria);

        var officer = new ReviewService.ReviewServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("officer-1", HubRoles.Officer))));
        // The case joins the queue right after its change is announced.
        await Eventually.True(async () => (await officer.ListReviewQueueAsync(new ListReviewQueueRequest())).Items.Any(i => i.CaseId == referred.CaseId),
            TimeSpan.FromSeconds(10), $"Case {referred.CaseId} never reached the review queue.");

        var assigned = await officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = referred.CaseId });
        var decided = await officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = referred.CaseId,
            ExpectedVersion = assigned.Version,
            Decision = new OfficerDecision
            {
                Outcome = RecognitionOutcome.Partial,
                Justification = Text("6 of the 30 ECTS required by the module are covered; the rest is a substantial difference in workload."),
                AppealInstructions = Text("Appeal within 30 days to the national centre's appeals board."),
            },
        });

        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(RecognitionOutcome.Partial, decided.Decision.Outcome);
    }

    [Fact]
    public async Task A_grade_with_distribution_tables_on_both_sides_is_converted_by_their_overlap_with_letters_and_national_grades()
    {
        var reference = await IssueAndShareAsync("e2e-grade", new Grade { Value = "85", ScaleId = "UA-100", IssuerBandTable = GradeTableMappingSpecs.IssuerTable() });
        var requirements = Requirements(ectsRequired: "5", eqfRequired: "6");
        requirements.GradeDistribution = GradeTableMappingSpecs.HostTable();

        var decided = await SubmitAndSettleAsync("grade-1", reference, requirements);

        // 85 is B, the top 14–35 % of the issuer's passers; the host's B spans 8–28 % and C 28–60 %.
        Assert.Equal(RecognitionOutcome.Full, decided.Decision.Outcome);
        var grade = Assert.Single(decided.Decision.Grades);
        Assert.Equal(GradeConversionMethod.DistributionTable, grade.Method);
        Assert.Equal(("75", "89", "UA-100"), (grade.Converted.Value, grade.ConvertedValueUpper, grade.Converted.ScaleId));
        Assert.Equal(("C", "4", "B", "4", "good"), (grade.ConvertedEctsGrade, grade.ConvertedNationalGrade, grade.ConvertedEctsGradeUpper, grade.ConvertedNationalGradeUpper, grade.ConvertedMeaning));
        Assert.Equal(("B", "4"), (grade.OriginalEctsGrade, grade.OriginalNationalGrade));
        Assert.Equal("grade.distribution_overlap", grade.Explanation.MessageKey);
        Assert.Equal(("14", "35", "B"), (grade.Explanation.Arguments["from"], grade.Explanation.Arguments["to"], grade.Explanation.Arguments["best"]));
    }

    private async Task<SharedCredentialRef> IssueAndShareAsync(string key, Grade? grade = null)
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        var id = $"{Issuer}-{key}".ToUpperInvariant();
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });

        var issuer = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, id))));
        var request = Samples.IssueRequest(id, LearnerId, key);
        request.Credential.Grade = grade;
        var issued = await issuer.IssueCredentialAsync(request);

        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    private async Task<RecognitionCase> SubmitAndSettleAsync(string key, SharedCredentialRef reference, TargetRequirements requirements)
    {
        var university = new RecognitionService.RecognitionServiceClient(
            _hub.CreateChannel(_hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = University,
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    Title = Text("Data analysis"),
                    HostInstitutionId = University,
                    Requirements = requirements,
                },
                Credentials = { new CredentialSource { Reference = reference } },
            },
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var current = submitted;
        while (current.Status is not (CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Case {current.CaseId} is still {current.Status}.");
            await Task.Delay(100);
            current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
        }

        Assert.True(current.Status is CaseStatus.Decided or CaseStatus.InReview,
            $"Case ended {current.Status}: {string.Join("; ", current.Journal.Select(j => j.Reason))}");
        return current;
    }

    private static TargetRequirements Requirements(string ectsRequired, string eqfRequired) => new()
    {
        Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = eqfRequired },
        Workload = new Workload { Amount = ectsRequired, Unit = WorkloadUnit.EctsCredit },
    };

    private static MultilingualText Text(string english) => new() { Values = { new LocalizedText { Language = "en", Text = english } } };
}
