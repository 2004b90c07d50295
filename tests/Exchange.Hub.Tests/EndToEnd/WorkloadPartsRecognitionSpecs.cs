using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.EndToEnd;

/// <summary>
/// Inputs the API used to accept and drop, through the public API of one real Kazakh hub: a pre-2018 transcript stated
/// by part (KZ-LEGACY with components) is issued, shared and recognised; the decision shows the per-part conversion,
/// a full recognition states the target's full credits, and a partial one names the target's outcome ids recognised
/// and missing and the date its measures are to be completed by.
/// </summary>
public sealed class WorkloadPartsRecognitionSpecs : IAsyncLifetime
{
    private const string Issuer = "KZ-PARTS-ISSUER";
    private const string University = "KZ-PARTS-UNIVERSITY";
    private const string LearnerId = "KZ-L-PARTS-1";
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-kz", "KZ"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_legacy_transcript_by_part_is_recognised_with_its_parts_converted_full_credits_outcome_ids_and_complete_by()
    {
        var issuer = await RegisterIssuerAsync();
        var unknown = Transcript("parts-bad");
        unknown.Credential.WorkloadComponents[1].Component = "practice_field";
        var refused = await Assert.ThrowsAsync<RpcException>(() => issuer.IssueCredentialAsync(unknown).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "credential.workload_components[1].component");

        var issued = await issuer.IssueCredentialAsync(Transcript("parts-1"));
        var reference = await ShareAsync(issued.Credential.CredentialId);

        var full = await SubmitAndSettleAsync("parts-full", reference, RecognitionPurpose.Admission, new TargetRequirements
        {
            Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
            Workload = new Workload { Amount = "180", Unit = WorkloadUnit.EctsCredit },
        });

        Assert.Equal(RecognitionOutcome.Full, full.Decision.Outcome);
        var credit = Assert.Single(full.Decision.Credits);
        Assert.Equal(("129", "205", "248"), (credit.Original.Amount, credit.Converted.Amount, credit.Converted.AmountUpper));
        Assert.Contains("(bachelor_theory) = 180–216 ECTS", credit.ConversionRule, StringComparison.Ordinal);
        Assert.Contains("(final_attestation) = 10–14 ECTS", credit.ConversionRule, StringComparison.Ordinal);
        // A full recognition states the target's full credits, in the host's credits.
        Assert.Equal(("180", "", WorkloadUnit.KzAcademicCredit), (full.Decision.RecognisedWorkload.Amount, full.Decision.RecognisedWorkload.AmountUpper, full.Decision.RecognisedWorkload.Unit));

        var partial = await SubmitAndSettleAsync("parts-partial", reference, RecognitionPurpose.CreditTransfer, new TargetRequirements
        {
            Workload = new Workload { Amount = "300", Unit = WorkloadUnit.EctsCredit },
            LearningOutcomes =
            {
                Outcome("KAZNU-LO-1", "Train and evaluate classification and regression models."),
                Outcome("KAZNU-LO-2", "Design relational databases and write complex SQL queries for reporting."),
            },
        });

        Assert.Equal(RecognitionOutcome.Partial, partial.Decision.Outcome);
        Assert.Equal(["KAZNU-LO-1"], partial.Decision.RecognisedOutcomeIds);
        Assert.Equal(["KAZNU-LO-2"], partial.Decision.Differences.Single(d => d.Criterion == RecognitionCriterion.LearningOutcomes).MissingOutcomeIds);
        Assert.Equal(("205", "248"), (partial.Decision.RecognisedWorkload.Amount, partial.Decision.RecognisedWorkload.AmountUpper));
        var decided = partial.Decision.DecidedAt.ToDateTimeOffset();
        Assert.NotEmpty(partial.Decision.CompensatoryMeasures);
        Assert.All(partial.Decision.CompensatoryMeasures, m => Assert.Equal(decided.AddMonths(12), m.CompleteBy.ToDateTimeOffset()));
    }

    // The first Kazakh seed credential as a 2015 bachelor's transcript: 129 legacy credits printed, stated by part.
    private static IssueCredentialRequest Transcript(string key)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("seed", "KZ", "credentials.json")));
        var request = JsonParser.Default.Parse<IssueCredentialRequest>(document.RootElement[0].GetRawText());
        request.InstitutionId = Issuer;
        request.IdempotencyKey = key;
        var c = request.Credential;
        c.AwardingBodies[0].OrganisationId = Issuer;
        c.Learner.LearnerId = LearnerId;
        c.ProgrammeId = "";
        c.Kind = CredentialKind.Degree;
        c.IssuedAt = Timestamp.FromDateTime(new DateTime(2015, 6, 26, 0, 0, 0, DateTimeKind.Utc));
        c.NotionalWorkload = Legacy("129", "");
        c.AdditionalWorkloads.Clear();
        c.WorkloadComponents.Add(Legacy("120", "bachelor_theory"));
        c.WorkloadComponents.Add(Legacy("6", "practice_industrial"));
        c.WorkloadComponents.Add(Legacy("3", "final_attestation"));
        return request;
    }

    private static Workload Legacy(string amount, string component) =>
        new() { Amount = amount, Unit = WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-LEGACY", Component = component };

    private static LearningOutcome Outcome(string id, string english) =>
        new() { OutcomeId = id, Text = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = english } } } };

    private async Task<IssuingService.IssuingServiceClient> RegisterIssuerAsync()
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        var institution = Samples.Institution(Issuer, "KZ");
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = institution });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = Issuer, Key = new PublicKey { KeyId = Issuer + "#1" }, GenerateCustodialKey = true, Activate = true });
        return new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, Issuer))));
    }

    private async Task<SharedCredentialRef> ShareAsync(string credentialId)
    {
        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = credentialId, ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)) });
        return new SharedCredentialRef { IssuingHubId = "hub-kz", CredentialId = credentialId, ShareCode = grant.ShareCode };
    }

    private async Task<RecognitionCase> SubmitAndSettleAsync(string key, SharedCredentialRef reference, RecognitionPurpose purpose, TargetRequirements requirements)
    {
        var university = new RecognitionService.RecognitionServiceClient(
            _hub.CreateChannel(_hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = University,
                Purpose = purpose,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Programme,
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Master in Computer Science" } } },
                    HostInstitutionId = University,
                    Requirements = requirements,
                },
                Credentials = { new CredentialSource { Reference = reference } },
            },
        });

        RecognitionCase current = submitted;
        await Eventually.True(async () =>
        {
            current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
            return current.Status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile;
        }, TimeSpan.FromSeconds(20), $"Case {submitted.CaseId} never settled.");
        Assert.True(current.Status == CaseStatus.Decided,
            $"Case ended {current.Status}: {string.Join("; ", current.Journal.Select(j => j.Reason))}");
        return current;
    }
}
