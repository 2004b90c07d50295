using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using Exchange.Hub.Grains.Review;
using static Exchange.Hub.Tests.Recognition.CaseSamples;
using AdaptersCredential = Exchange.Adapters.Credentials.Credential;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>Cases as the university pages meet them, made by the real aggregate (given its time): decided in full by the
/// rules, denied by an officer, incomplete, or refused because the learner shared the credential with someone else.</summary>
internal static class UniversityCaseSamples
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly CaseHub Hub = new("hub-lv", "LV");
    public static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV");

    public static RecognitionCase Submitted(string key, string credentialId)
    {
        var submission = Submission(key, credentialId);
        var @case = new RecognitionCase(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey), new RecognitionCaseState(), Policy, Hub);
        @case.Submit(submission, Start);
        return @case;
    }

    public static RecognitionCaseState DecidedInFull(string key)
    {
        var @case = Submitted(key, key + "-cred");
        @case.Resolve([Verified(UkrainianMicro(key + "-cred"))], Start.AddSeconds(1));
        return @case.State;
    }

    public static RecognitionCaseState Denied(string key)
    {
        var @case = Submitted(key, key + "-cred");
        @case.Resolve([Verified(UkrainianMicro(key + "-cred") with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 5) })], Start);
        @case.Assign("officer-ozola", Officer("officer-ozola"), Start);
        @case.Decide(new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Denied,
            Justification = [new LocalText("en", "One EQF level below the course."), new LocalText("lv", "Vienu EKI līmeni zemāk par kursu.")],
            Remedies = [new LocalText("en", "Complete a level-6 module and apply again.")],
            AppealInstructions = [new LocalText("en", "Appeal in writing within 30 days.")],
        }, 0, Officer("officer-ozola"), Start.AddDays(1));
        return @case.State;
    }

    public static RecognitionCaseState Incomplete(string key)
    {
        var @case = Submitted(key, key + "-cred");
        @case.Resolve([Verified(UkrainianMicro(key + "-cred") with { LearningOutcomes = [], Workload = null })], Start);
        return @case.State;
    }

    public static RecognitionCaseState SharedWithAnotherHub(string key)
    {
        var @case = Submitted(key, key + "-cred");
        @case.Resolve([new ResolvedCredential(new SignedEnvelope([], [], []), new CredentialVerification(key + "-cred", "hub-ua",
            [new(VerificationCheck.ShareGrant, CheckResult.Failed, "Hub hub-ua refused the credential (PermissionDenied): The share grant is limited to another recipient.",
                "SHARE_RECIPIENT_MISMATCH")], Start, Start), "", null)], Start);
        return @case.State;
    }

    public static ResolvedCredential Verified(AdaptersCredential credential) => new(new SignedEnvelope([1], [2], []),
        new CredentialVerification(credential.Id, "hub-ua",
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "Institution signature verified."),
        ], Start, Start.AddHours(1)), "UA", credential);
}
