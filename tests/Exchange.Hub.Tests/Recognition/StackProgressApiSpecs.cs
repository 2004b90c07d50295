using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// Stack progress through the API on one real hub: an institution registers a 12-ECTS programme with four
/// outcomes, issues two micro-credentials that stack towards it, the learner shares them, and a university asks
/// for recognition against that qualification. The decision states how far the stack goes and what is missing.
/// </summary>
public sealed class StackProgressApiSpecs : IAsyncLifetime
{
    private const string Issuer = "UA-STACK-ISSUER";
    private const string University = "UA-STACK-UNIVERSITY";
    private const string LearnerId = "L-STACK-1";
    private const string ProgrammeId = "UA-STACK-PRG-DATA-12";
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_stack_of_two_micro_credentials_towards_a_registered_programme_states_earned_missing_and_missing_outcomes()
    {
        await RegisterAsync();
        var pandas = await IssueAndShareAsync("stack-a", 6, ("LO1", "Clean and transform tabular data with pandas."), ("LO2", "Explain methods of statistical inference and their limits."));
        var models = await IssueAndShareAsync("stack-b", 3, ("LO1", "Train and evaluate classification models."));

        var decided = await SubmitAndSettleAsync(pandas, models);

        var progress = Assert.Single(decided.Decision.StackProgress);
        Assert.Equal(ProgrammeId, progress.QualificationId);
        Assert.Contains(progress.QualificationTitle.Values, t => t.Text == "Data science (short programme)");
        Assert.Equal([pandas.CredentialId, models.CredentialId], progress.CredentialIds);
        Assert.Equal(("9", "12", "3"), (progress.Earned.Amount, progress.Required.Amount, progress.Missing.Amount));
        Assert.Equal(WorkloadUnit.EctsCredit, progress.Earned.Unit);
        Assert.Equal(["LO1", "LO2", "LO3"], progress.CoveredOutcomeIds);
        Assert.Equal(["LO4"], progress.MissingOutcomeIds);
        Assert.False(progress.Complete);
        Assert.Equal("stack.progress", progress.Summary.MessageKey);
        Assert.Equal("9 of 12 ECTS towards UA-STACK-PRG-DATA-12; missing: 3 ECTS and 1 of 4 learning outcome(s).", progress.Summary.EnglishText);
    }

    private async Task RegisterAsync()
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(Issuer) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = Issuer, Key = new PublicKey { KeyId = Issuer + "#1" }, GenerateCustodialKey = true, Activate = true });
        var programme = Samples.Programme(ProgrammeId, Issuer, "UA");
        programme.Title = Text("Data science (short programme)");
        programme.Workload = new Workload { Amount = "12", Unit = WorkloadUnit.EctsCredit };
        programme.LearningOutcomes.Clear();
        programme.LearningOutcomes.Add(Outcome("LO1", "Clean and transform tabular data with pandas."));
        programme.LearningOutcomes.Add(Outcome("LO2", "Explain methods of statistical inference and their limits."));
        programme.LearningOutcomes.Add(Outcome("LO3", "Train and evaluate classification models."));
        programme.LearningOutcomes.Add(Outcome("LO4", "Present the results of a study to a lay audience."));
        await admin.CreateProgrammeAsync(new CreateProgrammeRequest { Programme = programme });
    }

    private async Task<SharedCredentialRef> IssueAndShareAsync(string key, int ects, params (string Id, string Text)[] outcomes)
    {
        var issuer = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, Issuer))));
        var request = Samples.IssueRequest(Issuer, LearnerId, key);
        request.Credential.NotionalWorkload = new Workload { Amount = ects.ToString(System.Globalization.CultureInfo.InvariantCulture), Unit = WorkloadUnit.EctsCredit };
        request.Credential.LearningOutcomes.Clear();
        request.Credential.LearningOutcomes.AddRange(outcomes.Select(o => Outcome(o.Id, o.Text)));
        request.Credential.Stackability = new Stackability { Option = StackabilityOption.IntegratedStackable, StacksTowards = { ProgrammeId } };
        var issued = await issuer.IssueCredentialAsync(request);

        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    private async Task<RecognitionCase> SubmitAndSettleAsync(params SharedCredentialRef[] references)
    {
        var university = new RecognitionService.RecognitionServiceClient(
            _hub.CreateChannel(_hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = "stack-1",
                RequesterInstitutionId = University,
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Qualification,
                    TargetId = ProgrammeId,
                    Title = Text("Data science (short programme)"),
                    HostInstitutionId = University,
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "7" },
                        Workload = new Workload { Amount = "12", Unit = WorkloadUnit.EctsCredit },
                    },
                },
                Credentials = { references.Select(r => new CredentialSource { Reference = r }) },
            },
        });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var current = submitted;
        while (current.Status is not (CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Case {current.CaseId} is still {current.Status}.");
            await Task.Delay(100);
            current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
        }

        Assert.True(current.Status == CaseStatus.Decided, $"Case ended {current.Status}: {string.Join("; ", current.Journal.Select(j => j.Reason))}");
        return current;
    }

    private static LearningOutcome Outcome(string id, string english) => new() { OutcomeId = id, Text = Text(english) };

    private static MultilingualText Text(string english) => new() { Values = { new LocalizedText { Language = "en", Text = english } } };
}
