using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Sharing;
using Exchange.LocalFederation.Launch;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A newcomer's tour of the federation through its public local APIs, with tokens each hub accepts: a credential is
/// issued in Ukraine and shared; a Kazakh university has it recognised automatically; a Latvian university's
/// request with a substantial workload difference goes to a Latvian officer, who decides with reasons. Two more referred
/// cases are left for the consoles: one waiting in hub-lv's queue, one before a commission at hub-kz; and a share link
/// anyone may open, for the learner's and the verification pages.
/// </summary>
internal sealed class CrossBorderWalkthrough(RunningFederation federation, RepositoryLayout layout, Narrator say, TimeProvider time)
{
    private const string Learner = "UA-L-000101";
    private const string UaIssuer = "UA-KNU";
    private const string KzUniversity = "KZ-KAZNU";
    private const string LvUniversity = "LV-LU";
    private const string KzOfficer = "kz-officer";
    private static readonly TimeSpan CaseTimeout = CaseFollower.CaseTimeout;
    private readonly CaseFollower _cases = new(federation, say);

    public async Task<WaitingCases> RunAsync(CancellationToken ct)
    {
        var run = time.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var credential = await IssueInUkraineAsync(run, ct);
        var kzGrant = await ShareAsync(credential, "hub-kz", ct);
        var forKz = ReferenceIn(kzGrant);
        var kzRequest = SeedRequests.Course($"walk-kz-{run}", KzUniversity, "kaznu-da-101", "Data analysis", "6", "5", forKz);
        // The course asks for an accredited provider: UA-KNU is on hub-kz's list of leading organisations (seed), so the
        // decision relies on that list instead of the credential's accreditation, and says so.
        kzRequest.Request.Target.Requirements.Quality = new QualityExpectation { RequireExternalQualityAssurance = true };
        var kzCase = await SubmitAsync("hub-kz", KzUniversity, kzRequest,
            "a 5-ECTS course at EQF level 6 from an accredited or listed provider, the same size and level as the credential", ct);
        var decided = await _cases.FollowAsync("hub-kz", KzUniversity, kzCase, ct);
        ReportDecision(decided);
        await DecisionReachesUkraineAsync(credential, decided.Decision.DecisionId, ct);

        var forLv = ReferenceIn(await ShareAsync(credential, "hub-lv", ct));
        var lvCase = await SubmitAsync("hub-lv", LvUniversity, SeedRequests.Course(
            $"walk-lv-{run}", LvUniversity, "lu-ds-300", "Data science (full module)", "7", "30", forLv),
            "a 30-ECTS module: five times the credential's 6 ECTS, a workload difference that may be substantial", ct);
        var referred = await _cases.FollowAsync("hub-lv", LvUniversity, lvCase, ct);
        if (referred.Status != CaseStatus.InReview)
        {
            throw new InvalidOperationException($"The Latvian case should have been referred, but it is {Narrator.Name(referred.Status)}.");
        }

        say.Line($"REFERRED to the officers of hub-lv: {string.Join(", ", referred.FlaggedCriteria.Select(c => Narrator.Name(c)))} may differ substantially.");
        await OfficerDecidesAsync(referred.CaseId, ct);
        var (queued, commission) = await LeaveCasesForTheConsolesAsync(credential, run, ct);
        var forAnyone = await ShareWithAnyoneAsync(credential, ct);
        return new WaitingCases(queued, commission, new SharedLinks(forAnyone.ShareUrl, kzGrant.ShareUrl))
        {
            CredentialId = credential.Credential.CredentialId,
            AutomaticDecision = decided.Decision,
        };
    }

    /// <summary>A link the newcomer may open in any browser: shared with anyone who holds it, on hub-ua's pages.</summary>
    private async Task<ShareGrant> ShareWithAnyoneAsync(IssuedCredential credential, CancellationToken ct)
    {
        say.Step("The learner makes a link anyone holding it may open (no recipient named)");
        var token = federation.Token("hub-ua", new HubTokenRequest("olena", HubRoles.Learner, LearnerId: Learner));
        var grant = await new IssuingService.IssuingServiceClient(federation.Channel("hub-ua")).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = credential.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(time.GetUtcNow().AddDays(14)),
        }, RunningFederation.As(token, ct));
        say.Line($"share {grant.ShareId} (expires {grant.ExpiresAt.ToDateTime():yyyy-MM-dd}): the link opens hub-ua's page that checks the credential");
        say.Detail(grant.ShareUrl);
        return grant;
    }

    /// <summary>A second Latvian request waits in hub-lv's queue, and a Kazakh one the rules refer goes before a commission
    /// of three demo members, so a newcomer can decide the one and vote on the other in the consoles.</summary>
    private async Task<(string Queued, string Commission)> LeaveCasesForTheConsolesAsync(IssuedCredential credential, string run, CancellationToken ct)
    {
        say.Step("Two more requests are left for you in the officers' consoles");
        var lvCase = await ReferQuietlyAsync("hub-lv", LvUniversity, SeedRequests.Course(
            $"walk-lv2-{run}", LvUniversity, "lu-ml-300", "Machine learning (full module)", "7", "30", await ShareQuietlyAsync(credential, "hub-lv", ct)), ct);
        await InQueueAsync("hub-lv", lvCase, ct);
        say.Line($"case {lvCase} of {LvUniversity} (a 30-ECTS module) is REFERRED and waits in hub-lv's queue for an officer");

        var kzCase = await ReferQuietlyAsync("hub-kz", KzUniversity, SeedRequests.Course(
            $"walk-kz2-{run}", KzUniversity, "kaznu-ds-300", "Data science (full course)", "6", "30", await ShareQuietlyAsync(credential, "hub-kz", ct)), ct);
        var members = DemoAccounts.Read(layout.SeedFolder, "KZ").Where(a => a.CommissionMember).Select(a => (a.Username, a.DisplayName)).ToList();
        var officer = RunningFederation.As(federation.Token("hub-kz", new HubTokenRequest(KzOfficer, HubRoles.Officer)), ct);
        var review = new ReviewService.ReviewServiceClient(federation.Channel("hub-kz"));
        await review.StartCommissionAsync(SeedRequests.Commission(kzCase, members, time.GetUtcNow()), officer);
        say.Line($"case {kzCase} of {KzUniversity} (a 30-ECTS course) is REFERRED; {KzOfficer} put it before a commission of " +
                 $"{string.Join(", ", members.Select(m => m.Item1))}, which votes on a PARTIAL proposal");
        return (lvCase, kzCase);
    }

    /// <summary>The queue is fed right after the case's change is announced: wait until an officer would see the case.</summary>
    private async Task InQueueAsync(string hubId, string caseId, CancellationToken ct)
    {
        var officerId = federation[hubId].Country.ToLowerInvariant() + "-officer";
        var officer = RunningFederation.As(federation.Token(hubId, new HubTokenRequest(officerId, HubRoles.Officer)), ct);
        var review = new ReviewService.ReviewServiceClient(federation.Channel(hubId));
        var deadline = time.GetUtcNow() + CaseTimeout;
        while (!(await review.ListReviewQueueAsync(new ListReviewQueueRequest(), officer)).Items.Any(i => i.CaseId == caseId))
        {
            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Case {caseId} did not reach {hubId}'s review queue within {CaseTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }

    private async Task<SharedCredentialRef> ShareQuietlyAsync(IssuedCredential credential, string recipientHubId, CancellationToken ct)
    {
        var token = federation.Token("hub-ua", new HubTokenRequest("olena", HubRoles.Learner, LearnerId: Learner));
        var grant = await new IssuingService.IssuingServiceClient(federation.Channel("hub-ua")).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = credential.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(time.GetUtcNow().AddDays(14)),
            RecipientHubId = recipientHubId,
        }, RunningFederation.As(token, ct));
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = credential.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    /// <summary>Submits and waits (without printing each transition, as the first cases did) until the rules refer the case.</summary>
    private async Task<string> ReferQuietlyAsync(string hubId, string universityId, SubmitRecognitionRequestRequest request, CancellationToken ct)
    {
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel(hubId));
        var university = RunningFederation.As(UniversityToken(hubId, universityId), ct);
        request.SettleWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(10));
        var current = await recognition.SubmitRecognitionRequestAsync(request, university);
        var deadline = time.GetUtcNow() + CaseTimeout;
        while (current.Status != CaseStatus.InReview)
        {
            if (current.Status is CaseStatus.Decided or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile || time.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"Case {current.CaseId} on {hubId} should have been referred, but it is {Narrator.Name(current.Status)}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            current = await recognition.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = current.CaseId }, university);
        }

        return current.CaseId;
    }

    private async Task<IssuedCredential> IssueInUkraineAsync(string run, CancellationToken ct)
    {
        say.Step($"In Ukraine, {UaIssuer} issues a micro-credential to learner {Learner} on hub-ua");
        var token = federation.Token("hub-ua", new HubTokenRequest("registrar@knu", HubRoles.Institution, UaIssuer));
        var issuing = new IssuingService.IssuingServiceClient(federation.Channel("hub-ua"));
        var issued = await issuing.IssueCredentialAsync(SeedRequests.Credential(layout.SeedFolder, "UA", $"walk-{run}"), RunningFederation.As(token, ct));
        var c = issued.Credential;
        say.Line($"issued {c.CredentialId}, registry number {c.RegistryNumber}: \"{Narrator.Text(c.Title)}\"");
        say.Detail($"{c.NotionalWorkload.Amount} ECTS, {Narrator.Name(c.Level.Framework)} level {c.Level.LevelCode} " +
                   $"(EQF {c.EquivalentLevels.FirstOrDefault()?.LevelCode}), {c.LearningOutcomes.Count} learning outcomes");
        say.Detail($"envelope signed by {issued.Envelope.Signatures.Count} keys: " +
                   string.Join(", ", issued.Envelope.Signatures.Select(s => s.KeyId)));
        return issued;
    }

    /// <summary>hub-kz delivers the decision to hub-ua through its durable outbox; the learner sees it on the credential.</summary>
    private async Task DecisionReachesUkraineAsync(IssuedCredential credential, string decisionId, CancellationToken ct)
    {
        say.Step("hub-kz delivers the decision back to hub-ua (durable outbox, signed, de-duplicated) for the learner's record");
        var token = federation.Token("hub-ua", new HubTokenRequest("olena", HubRoles.Learner, LearnerId: Learner));
        var issuing = new IssuingService.IssuingServiceClient(federation.Channel("hub-ua"));
        var deadline = time.GetUtcNow() + CaseTimeout;
        while (true)
        {
            var current = await issuing.GetCredentialAsync(
                new GetCredentialRequest { CredentialId = credential.Credential.CredentialId }, RunningFederation.As(token, ct));
            if (current.Recognitions.FirstOrDefault(r => r.DecisionId == decisionId) is { } recorded)
            {
                say.Line($"the learner's credential on hub-ua now shows: recognised {Narrator.Name(recorded.Outcome)} by {recorded.RecognisingHubId} " +
                         $"({recorded.RecognisingCountryCode}) for \"{Narrator.Text(recorded.TargetTitle)}\", decision {recorded.DecisionId}");
                return;
            }

            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Decision {decisionId} did not reach hub-ua within {CaseTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    private async Task<ShareGrant> ShareAsync(IssuedCredential credential, string recipientHubId, CancellationToken ct)
    {
        say.Step($"The learner shares it with {recipientHubId} (only that hub may use the code)");
        var token = federation.Token("hub-ua", new HubTokenRequest("olena", HubRoles.Learner, LearnerId: Learner));
        var issuing = new IssuingService.IssuingServiceClient(federation.Channel("hub-ua"));
        var grant = await issuing.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = credential.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(time.GetUtcNow().AddDays(14)),
            RecipientHubId = recipientHubId,
        }, RunningFederation.As(token, ct));
        say.Line($"share code {grant.ShareCode} (expires {grant.ExpiresAt.ToDateTime():yyyy-MM-dd}); hub-ua keeps its hash and a sealed copy");
        // The link opens on the recipient hub's web pages; the university pastes it, and the reference is read from it.
        say.Detail(grant.ShareUrl);
        return grant;
    }

    private static SharedCredentialRef ReferenceIn(ShareGrant grant) =>
        ShareLink.TryParse(grant.ShareUrl, out var link)
            ? link.ToReference()
            : throw new InvalidOperationException($"hub-ua answered a share link that is not one: {grant.ShareUrl}");

    private async Task<RecognitionCase> SubmitAsync(string hubId, string universityId, SubmitRecognitionRequestRequest request, string what, CancellationToken ct)
    {
        say.Step($"{universityId} asks {hubId} to recognise it for {what}");
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel(hubId));
        var submitted = await recognition.SubmitRecognitionRequestAsync(request, RunningFederation.As(UniversityToken(hubId, universityId), ct));
        say.Line($"case {submitted.CaseId} {Narrator.Name(submitted.Status)}; {hubId} now fetches the credential from hub-ua with the share code");
        return submitted;
    }

    private void ReportDecision(RecognitionCase decided)
    {
        if (decided.Status != CaseStatus.Decided)
        {
            throw new InvalidOperationException($"The Kazakh case should have been decided automatically, but it is {Narrator.Name(decided.Status)}.");
        }

        say.Line($"DECIDED by hub-kz without an officer:");
        say.Decision(decided.Decision);
    }

    private async Task OfficerDecidesAsync(string caseId, CancellationToken ct)
    {
        say.Step("A Latvian recognition officer reviews the differences on hub-lv");
        var officer = RunningFederation.As(federation.Token("hub-lv", new HubTokenRequest("lv-officer-2", HubRoles.Officer)), ct);
        var review = new ReviewService.ReviewServiceClient(federation.Channel("hub-lv"));
        var queue = await review.ListReviewQueueAsync(new ListReviewQueueRequest(), officer);
        say.Line($"review queue of hub-lv: {queue.Items.Count} case(s) waiting, this one among them: {queue.Items.Any(e => e.CaseId == caseId)}");
        var detail = await review.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = caseId }, officer);
        foreach (var difference in detail.ProposedAssessment.Differences.Where(d => d.DifferenceFound))
        {
            var size = difference.Size is { Amount.Length: > 0 } s ? $", size {s.Amount} {s.Unit}" : "";
            say.Detail($"{Narrator.Name(difference.Criterion),-17} foreign {difference.ForeignValue} vs host {difference.HostValue}{size}" +
                       $"{(difference.PotentiallySubstantial ? " — may be substantial" : "")}");
            say.Detail($"  {difference.Explanation?.EnglishText}");
        }

        await review.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = caseId }, officer);
        say.Line("the officer takes the case and decides: PARTIAL, the 6 ECTS count towards the 30-ECTS module");
        var decided = await review.DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = caseId,
            Decision = new OfficerDecision
            {
                Outcome = RecognitionOutcome.Partial,
                Justification = English("The micro-credential covers 6 of the module's 30 ECTS at the right level; the workload difference is substantial for the whole module."),
                RecognisedScope = English("6 ECTS of Data science, data analysis part (statistical inference, pandas)."),
                NotRecognisedScope = English("The remaining 24 ECTS of the module."),
                Remedies = English("Take the module's remaining units, or bring further credentials covering them."),
                AppealInstructions = English("Contest the decision in writing within 30 days; an officer who did not take it reviews the case."),
            },
        }, officer);

        say.Step($"{LvUniversity} sees the officer's decision on hub-lv");
        say.Line($"case {decided.CaseId} {Narrator.Name(decided.Status)}:");
        say.Decision(decided.Decision);
    }

    private string UniversityToken(string hubId, string universityId) => CaseFollower.UniversityToken(federation, hubId, universityId);

    private static MultilingualText English(string text) => new() { Values = { new LocalizedText { Language = "en", Text = text } } };
}
