using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// Access rights through the API on one real hub (LRC Art. IV.1): an institution issues a degree, stating its access
/// rights or leaving them to the hub's national data; a university asks for admission to a master's programme; a
/// degree that opens employment only at home is referred with ACCESS flagged, and the officer reads why.
/// </summary>
public sealed class AccessRightsApiSpecs : IAsyncLifetime
{
    private const string University = "UA-ACCESS-UNIVERSITY";
    private const string LearnerId = "L-ACCESS-1";
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_degree_giving_employment_only_is_referred_with_access_flagged_and_the_difference_says_why()
    {
        var (reference, _) = await IssueAndShareAsync("access-employment", new AccessRight { Kind = AccessKind.Employment });

        var referred = await SubmitAndSettleAsync("access-1", reference);

        Assert.Equal(CaseStatus.InReview, referred.Status);
        Assert.Contains(RecognitionCriterion.Access, referred.FlaggedCriteria);
        var officer = new ReviewService.ReviewServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("officer-1", HubRoles.Officer))));
        var detail = await officer.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = referred.CaseId });
        var access = detail.ProposedAssessment.Differences.Single(d => d.Criterion == RecognitionCriterion.Access);
        Assert.True(access.PotentiallySubstantial);
        Assert.Equal("access.employment_only", access.Explanation.MessageKey);
        Assert.Contains("employment only", access.Explanation.EnglishText, StringComparison.Ordinal);
        Assert.Equal("7", access.Explanation.Arguments["required"]);
        Assert.Equal(("employment", "7"), (access.ForeignValue, access.HostValue));
        Assert.Contains(access.Evidence, e => e.EndsWith("access: employment (document)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_degree_issued_without_access_rights_gets_them_from_national_data_and_meets_a_master_admission()
    {
        var (reference, issued) = await IssueAndShareAsync("access-derived");

        // Derived before signing: the signed payload itself carries the right and names the national data.
        var right = Assert.Single(issued.Credential.AccessRights);
        Assert.Equal((AccessKind.FurtherStudy, 7, "national:UA-degrees"), (right.Kind, right.EqfLevel, right.Source));

        var decided = await SubmitAndSettleAsync("access-2", reference);
        Assert.DoesNotContain(RecognitionCriterion.Access, decided.FlaggedCriteria);
    }

    [Fact]
    public async Task An_access_right_without_a_kind_or_with_a_level_beyond_eqf_8_is_refused_field_by_field()
    {
        var id = await RegisterIssuerAsync("access-invalid");
        var request = DegreeRequest(id, "access-invalid", new AccessRight { Kind = AccessKind.FurtherStudy, EqfLevel = 7 }, new AccessRight { EqfLevel = 9 });

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await IssuerClient(id).IssueCredentialAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var fields = refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["credential.access_rights[1].kind", "credential.access_rights[1].eqf_level"], fields);
    }

    private static string InstitutionId(string key) => $"UA-ISSUER-{key}".ToUpperInvariant();

    private IssuingService.IssuingServiceClient IssuerClient(string institutionId) =>
        new(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));

    private async Task<string> RegisterIssuerAsync(string key)
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        var id = InstitutionId(key);
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
        return id;
    }

    /// <summary>The seed's Ukrainian credential as a bachelor's degree (NQF 6 of 2020, 240 ECTS) with the rights given.</summary>
    private static IssueCredentialRequest DegreeRequest(string institutionId, string key, params AccessRight[] rights)
    {
        var request = Samples.IssueRequest(institutionId, LearnerId, key);
        request.Credential.Kind = CredentialKind.Degree;
        request.Credential.Level = new Level { Framework = QualificationFramework.UaNqf, FrameworkVersion = "CMU-519-2020", LevelCode = "6" };
        request.Credential.NotionalWorkload = new Workload { Amount = "240", Unit = WorkloadUnit.EctsCredit };
        request.Credential.AccessRights.AddRange(rights);
        return request;
    }

    private async Task<(SharedCredentialRef Reference, IssuedCredential Issued)> IssueAndShareAsync(string key, params AccessRight[] rights)
    {
        var id = await RegisterIssuerAsync(key);
        var issued = await IssuerClient(id).IssueCredentialAsync(DegreeRequest(id, key, rights));

        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return (new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode }, issued);
    }

    /// <summary>Admission to a master's programme (EQF 7) that requires a completed first cycle (UA NQF 6).</summary>
    private async Task<RecognitionCase> SubmitAndSettleAsync(string key, SharedCredentialRef reference)
    {
        var university = new RecognitionService.RecognitionServiceClient(
            _hub.CreateChannel(_hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = University,
                Purpose = RecognitionPurpose.Admission,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Programme,
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Master in Computer Science" } } },
                    HostInstitutionId = University,
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.UaNqf, LevelCode = "6" },
                        ProgrammeEqfLevel = 7,
                    },
                },
                Credentials = { new CredentialSource { Reference = reference } },
            },
        });

        RecognitionCase? settled = null;
        await Eventually.True(async () =>
        {
            settled = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
            return settled.Status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile;
        }, TimeSpan.FromSeconds(15), $"Case {submitted.CaseId} never settled.");
        Assert.True(settled!.Status is CaseStatus.Decided or CaseStatus.InReview,
            $"Case ended {settled.Status}: {string.Join("; ", settled.Journal.Select(j => j.Reason))}");
        return settled;
    }
}
