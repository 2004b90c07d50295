using System.Globalization;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>From resolved credentials to a decision or a referral: the automatic part of the state machine.</summary>
public sealed partial class RecognitionCaseGrain
{
    private void ApplyResolution(IReadOnlyList<ResolvedCredential> resolved)
    {
        var now = time.GetUtcNow();
        State.Verifications = [.. resolved.Select(r => r.Verification)];
        State.Credentials = [.. resolved.Select(Summarise)];

        var waiting = resolved
            .Select((r, i) => (r, i))
            .Where(x => x.r.Verification.Verdict == VerificationVerdict.Indeterminate)
            .Select(x => State.CurrentCredentials[x.i] is CredentialByReference reference ? reference.IssuingHubId : x.r.Verification.IssuingHubId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (waiting.Count > 0)
        {
            var reason = string.Join(" ", resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.Unavailable).Select(c => c.Detail).Distinct(StringComparer.Ordinal));
            State.WaitingSince ??= now;
            if (now - State.WaitingSince.Value >= policy.PeerWaitLimit)
            {
                ReferAfterWaiting(waiting, reason);
                return;
            }

            if (State.Status != CaseStatus.WaitingForPeer || !State.WaitingForHubIds.SequenceEqual(waiting))
            {
                State.WaitingForHubIds = waiting;
                Transition(CaseStatus.WaitingForPeer, CaseActor.System, "peer_waiting", reason);
            }

            return;
        }

        State.WaitingForHubIds = [];
        State.WaitingSince = null;
        // Every credential is fetched and nothing resolves them again: the learner's share codes are dropped.
        State.CurrentCredentials = [.. State.CurrentCredentials.Select(c => c.WithoutSecrets())];
        var credentials = resolved.Select(r => r.Credential is { } c && c.IssuerCountry is null && r.IssuingCountry.Length > 0 ? c with { IssuerCountry = r.IssuingCountry } : r.Credential).ToList();
        State.Findings = [.. Findings(resolved, credentials)];
        if (State.Findings.Count > 0)
        {
            Transition(CaseStatus.IncompleteFile, CaseActor.System, "file_incomplete",
                "Missing or invalid: " + string.Join(", ", State.Findings.Select(f => f.Element).Distinct(StringComparer.Ordinal)) + ". Supplement the file to continue.");
            return;
        }

        State.FileCompleteAt = now;
        State.Deadline = now.AddMonths(policy.Rules.DecisionDeadlineMonths);
        Transition(CaseStatus.FileComplete, CaseActor.System, "file_complete",
            string.Create(CultureInfo.InvariantCulture, $"Every required element is present; the decision is due by {State.Deadline:yyyy-MM-dd}."));

        var invalid = resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.Failed).ToList();
        if (invalid.Count > 0)
        {
            Transition(CaseStatus.CredentialInvalid, CaseActor.System, "credential_invalid",
                string.Join(" ", invalid.Select(c => $"{c.Check} failed{(c.FailureReason is null ? "" : $" ({c.FailureReason})")}: {c.Detail}")));
            return;
        }

        Transition(CaseStatus.Verified, CaseActor.System, "verified", "Every credential passed verification.");

        var decoded = credentials.Select(c => c!).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var target = TargetTranslation.ToRules(State.Submission!.Target, hub.Value.Country, Rules, today);
        var assessment = Rules.Assess(decoded, Rules.Prepare(target), State.Submission.Purpose, policy.Rules, today, today);
        State.Assessment = AssessmentSnapshot.From(assessment, decoded);
        Transition(CaseStatus.Assessed, CaseActor.System, "assessed", assessment.Summary);

        if (State.Assessment.Outcome is RecognitionOutcome.Full or RecognitionOutcome.Partial)
        {
            AdoptDecision(AutomaticDecision(State.Assessment, now));
            Transition(CaseStatus.Decided, CaseActor.System, "decided", assessment.Summary);
        }
        else
        {
            State.WasReferred = true;
            Transition(CaseStatus.InReview, CaseActor.System, "referred",
                "Referred to an officer: " + string.Join(", ", State.Assessment.Flagged) + " may differ substantially.");
        }
    }

    /// <summary>Waiting is bounded: past the policy's limit an officer takes the case over, told which hubs it waited
    /// for, since when, and why they did not answer. The officer decides on what the file holds.</summary>
    private void ReferAfterWaiting(IReadOnlyList<string> hubs, string reason)
    {
        var since = State.WaitingSince!.Value;
        State.WaitingForHubIds = [];
        State.WaitingSince = null;
        State.WasReferred = true;
        Transition(CaseStatus.InReview, CaseActor.System, "peer_wait_exceeded", string.Create(CultureInfo.InvariantCulture,
            $"Referred to an officer: waited for hub {string.Join(", ", hubs)} since {since:yyyy-MM-dd HH:mm} UTC, longer than the policy's limit of {policy.PeerWaitLimit.TotalDays:0.##} days. Last answer: {reason}"));
    }

    private CaseDecision AutomaticDecision(CaseAssessment assessment, DateTimeOffset now)
    {
        var outcome = assessment.Outcome == RecognitionOutcome.Full ? DecisionOutcome.Full : DecisionOutcome.Partial;
        return new CaseDecision
        {
            DecisionId = NextDecisionId(),
            Outcome = outcome,
            DecidedBy = DeciderKind.Automatic,
            DeciderId = hub.Value.HubId,
            DecidedAt = now,
            PolicyId = policy.PolicyId,
            PolicyVersion = policy.PolicyVersion,
            Differences = assessment.Differences,
            RecognisedLevel = assessment.RecognisedLevel,
            Credits = assessment.Credits,
            Grades = assessment.Grades,
            Measures = outcome == DecisionOutcome.Partial ? assessment.Measures : [],
            Justification = [new LocalText("en", assessment.Summary)],
            RecognisedScope = [new LocalText("en", assessment.RecognisedScope)],
            NotRecognisedScope = assessment.NotRecognisedScope.Length > 0 ? [new LocalText("en", assessment.NotRecognisedScope)] : [],
            AppealInstructions = outcome == DecisionOutcome.Partial ? [new LocalText("en", policy.AppealInstructions)] : [],
            AppealDeadline = outcome == DecisionOutcome.Partial ? now.AddDays(policy.AppealPeriodDays) : null,
            Summary = assessment.Summary,
            CredentialIds = [.. State.Credentials.Select(c => c.CredentialId)],
        };
    }

    private static IEnumerable<CaseFinding> Findings(IReadOnlyList<ResolvedCredential> resolved, List<Credential?> credentials)
    {
        for (var i = 0; i < resolved.Count; i++)
        {
            if (credentials[i] is { } credential)
            {
                foreach (var issue in Rules.Validate(credential).Issues)
                {
                    yield return new CaseFinding(i, credential.Id, issue.Element, issue.Kind == Adapters.Validation.IssueKind.Missing, issue.Source, issue.Message);
                }
            }
            else if (resolved[i].Verification.Verdict == VerificationVerdict.Valid)
            {
                // A verified envelope whose payload the hub cannot read: the requester has to send one it can.
                yield return new CaseFinding(i, resolved[i].Verification.CredentialId, "payload", false, "Exchange", "The payload could not be read as a credential.");
            }
        }
    }

    private static CaseCredentialSummary Summarise(ResolvedCredential resolved) => resolved.Credential is { } c
        ? new CaseCredentialSummary(c.Id, [.. c.Title.Select(t => new LocalText(t.Language, t.Text))], resolved.IssuingCountry,
            c.AwardingBody?.Id, c.AwardingBody?.Name, c.IssuerCountry ?? resolved.IssuingCountry)
        : new CaseCredentialSummary(resolved.Verification.CredentialId, [], resolved.IssuingCountry, null, null, null);
}
