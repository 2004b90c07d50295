using System.Globalization;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Messaging;
using Exchange.Hub.Grains.ReferenceData;

namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>From resolved credentials to a decision or a referral: the automatic part of the state machine.</summary>
public sealed partial class RecognitionCase
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    /// <summary>Applies the case's credentials, resolved and verified: it waits for their hubs, asks for a supplement,
    /// refuses them, decides, or refers to an officer.</summary>
    /// <param name="stacks">The requirements of the qualifications the credentials stack towards, looked up beforehand;
    /// a qualification missing from it is measured as "requirements unknown".</param>
    /// <param name="register">The hub's quality-assurance register as it stands now; null or empty = nothing to say.</param>
    /// <param name="lists">The hub's automatic recognition lists in force now (the policy file's own list comes with the
    /// policy): a list changed since an earlier assessment applies to this one.</param>
    public CaseOutcome Resolve(IReadOnlyList<ResolvedCredential> resolved, DateTimeOffset now, Stacking.StackRequirements? stacks = null,
        QualityRegisterSnapshot? register = null, IReadOnlyList<AutomaticListEntry>? lists = null)
    {
        state.Verifications = [.. resolved.Select(r => r.Verification)];
        state.Credentials = [.. resolved.Select(Summarise)];

        var waiting = resolved
            .Select((r, i) => (r, i))
            .Where(x => x.r.Verification.Verdict == VerificationVerdict.Indeterminate)
            .Select(x => state.CurrentCredentials[x.i] is CredentialByReference reference ? reference.IssuingHubId : x.r.Verification.IssuingHubId)
            // An outside credential has no issuing hub to wait for; its unavailable check is retried all the same.
            .Where(h => h.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (resolved.Any(r => r.Verification.Verdict == VerificationVerdict.Indeterminate))
        {
            var reason = string.Join(" ", resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.Unavailable).Select(c => c.Detail).Distinct(StringComparer.Ordinal));
            state.WaitingSince ??= now;
            if (now - state.WaitingSince.Value >= policy.PeerWaitLimit)
            {
                ReferAfterWaiting(waiting, reason, now);
                return CaseOutcome.Saved;
            }

            if (state.Status != CaseStatus.WaitingForPeer || !state.WaitingForHubIds.SequenceEqual(waiting))
            {
                state.WaitingForHubIds = waiting;
                Transition(CaseStatus.WaitingForPeer, CaseActor.System, "peer_waiting", reason, now);
            }

            return CaseOutcome.Saved;
        }

        state.WaitingForHubIds = [];
        state.WaitingSince = null;
        // Every credential is fetched and nothing resolves them again: the learner's share codes are dropped.
        state.CurrentCredentials = [.. state.CurrentCredentials.Select(c => c.WithoutSecrets())];
        var credentials = resolved.Select(r => r.Credential is { } c && c.IssuerCountry is null && r.IssuingCountry.Length > 0 ? c with { IssuerCountry = r.IssuingCountry } : r.Credential).ToList();
        state.Findings = [.. Findings(resolved, credentials)];
        if (state.Findings.Count > 0)
        {
            // Said now, so the requester is not surprised later: once complete, such a file goes to an officer.
            var needsJudgement = resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.NeedsReview)
                .Select(c => c.FailureReason is null ? $"{c.Check}" : $"{c.Check} ({c.FailureReason})").Distinct(StringComparer.Ordinal).ToList();
            var elements = string.Join(", ", state.Findings.Select(f => f.Element).Distinct(StringComparer.Ordinal));
            var checks = string.Join(", ", needsJudgement);
            Transition(CaseStatus.IncompleteFile, CaseActor.System, "file_incomplete", needsJudgement.Count > 0
                ? CaseMessage.Of("case.file_incomplete_judgement",
                    "Missing or invalid: " + elements + ". Supplement the file to continue. Once complete it goes to an officer: " + checks + " need judgement.",
                    MessageArgument.Of("elements", elements), MessageArgument.Of("checks", checks))
                : CaseMessage.Of("case.file_incomplete", "Missing or invalid: " + elements + ". Supplement the file to continue.", MessageArgument.Of("elements", elements)), now);
            return CaseOutcome.Saved;
        }

        state.FileCompleteAt = now;
        state.Deadline = now.AddMonths(policy.Rules.DecisionDeadlineMonths);
        var due = state.Deadline.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Transition(CaseStatus.FileComplete, CaseActor.System, "file_complete",
            CaseMessage.Of("case.file_complete", $"Every required element is present; the decision is due by {due}.", MessageArgument.Of("due", due)), now);

        var invalid = resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.Failed).ToList();
        if (invalid.Count > 0)
        {
            Transition(CaseStatus.CredentialInvalid, CaseActor.System, "credential_invalid",
                string.Join(" ", invalid.Select(c => $"{c.Check} failed{(c.FailureReason is null ? "" : $" ({c.FailureReason})")}: {c.Detail}")), now);
            return CaseOutcome.Saved;
        }

        // Signature valid but something only a person can weigh (an issuer not on the trust list, a status that could
        // not be checked): verified and assessed, never decided by the machine.
        var judgement = resolved.SelectMany(r => r.Verification.Checks).Where(c => c.Result == CheckResult.NeedsReview).ToList();
        var judged = string.Join(", ", judgement.Select(c => c.Check).Distinct());
        Transition(CaseStatus.Verified, CaseActor.System, "verified", judgement.Count == 0
            ? CaseMessage.Of("case.verified", "Every credential passed verification.")
            : CaseMessage.Of("case.verified_judgement", "No check failed; " + judged + " need an officer's judgement.", MessageArgument.Of("checks", judged)), now);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The register's answer travels with each credential: the statement is the evidence, the register the check.
        var decoded = credentials.Select(c => register is null ? c! : c! with { QualityRegister = QualityRegisterLookup.For(register, c, today) }).ToList();
        var target = TargetTranslation.ToRules(state.Submission!.Target, hub.Country, Rules, today);
        lists ??= [];
        var rules = lists.Count == 0 ? policy.Rules : policy.Rules with
        {
            AutomaticRecognitionLists = [.. policy.Rules.AutomaticRecognitionLists, .. lists.Select(l => l.ToRules())],
        };
        var assessment = Rules.Assess(decoded, Rules.Prepare(target), state.Submission.Purpose, rules, today, today);
        state.Assessment = AssessmentSnapshot.From(assessment, decoded, TargetTranslation.Evidence(state.Submission.Target, Rules, today), state.Submission.Target) with
        {
            StackProgress = StackProgressOf(decoded, stacks ?? Stacking.StackRequirements.None, today),
            AutomaticBasis = assessment.AutomaticBasis is { } basis ? CaseAutomaticBasis.From(basis, lists) : null,
        };
        Transition(CaseStatus.Assessed, CaseActor.System, "assessed", CaseMessage.From(assessment.SummaryMessage), now);

        if (judgement.Count > 0)
        {
            state.WasReferred = true;
            Transition(CaseStatus.InReview, CaseActor.System, "referred", "Referred to an officer: verification needs judgement. "
                + string.Join(" ", judgement.Select(c => $"{c.Check}{(c.FailureReason is null ? "" : $" ({c.FailureReason})")}: {c.Detail}"))
                + (state.Assessment.Flagged.Count > 0 ? " Also " + string.Join(", ", state.Assessment.Flagged) + " may differ substantially." : ""), now);
        }
        else if (state.Assessment.Outcome is RecognitionOutcome.Full or RecognitionOutcome.Partial)
        {
            AdoptDecision(AutomaticDecision(state.Assessment, now));
            // The journal names the list the decision relied on, as it was then.
            Transition(CaseStatus.Decided, CaseActor.System, "decided", state.Assessment.AutomaticBasis is { } relied
                ? CaseMessage.Of("case.decided_under_list", assessment.Summary + " " + relied.English,
                    [new("summary", assessment.SummaryMessage.Key), new("basis", CaseAutomaticBasis.MessageKey),
                        .. assessment.SummaryMessage.Arguments, .. relied.Arguments.Select(a => new MessageArgument(a.Key, a.Value))])
                : CaseMessage.From(assessment.SummaryMessage), now);
        }
        else
        {
            state.WasReferred = true;
            Transition(CaseStatus.InReview, CaseActor.System, "referred", CaseMessage.Of("case.referred",
                "Referred to an officer: " + string.Join(", ", state.Assessment.Flagged.Select(CriterionNames.English)) + " may differ substantially.",
                MessageArgument.Of("flagged", string.Join(",", state.Assessment.Flagged.Select(CriterionNames.Key)))), now);
        }

        return CaseOutcome.Saved;
    }

    /// <summary>Waiting is bounded: past the policy's limit an officer takes the case over, told which hubs it waited
    /// for, since when, and why they did not answer. The officer decides on what the file holds.</summary>
    private void ReferAfterWaiting(IReadOnlyList<string> hubs, string reason, DateTimeOffset now)
    {
        var since = state.WaitingSince!.Value;
        state.WaitingForHubIds = [];
        state.WaitingSince = null;
        state.WasReferred = true;
        Transition(CaseStatus.InReview, CaseActor.System, "peer_wait_exceeded", string.Create(CultureInfo.InvariantCulture,
            $"Referred to an officer: waited for hub {string.Join(", ", hubs)} since {since:yyyy-MM-dd HH:mm} UTC, longer than the policy's limit of {policy.PeerWaitLimit.TotalDays:0.##} days. Last answer: {reason}"), now);
    }

    private CaseDecision AutomaticDecision(CaseAssessment assessment, DateTimeOffset now)
    {
        var outcome = assessment.Outcome == RecognitionOutcome.Full ? DecisionOutcome.Full : DecisionOutcome.Partial;
        return new CaseDecision
        {
            DecisionId = NextDecisionId(),
            Outcome = outcome,
            DecidedBy = DeciderKind.Automatic,
            DeciderId = hub.HubId,
            DecidedAt = now,
            PolicyId = policy.PolicyId,
            PolicyVersion = policy.PolicyVersion,
            Differences = assessment.Differences,
            RecognisedLevel = assessment.RecognisedLevel,
            Credits = assessment.Credits,
            Grades = assessment.Grades,
            Measures = outcome == DecisionOutcome.Partial ? [.. assessment.Measures.Select(m => m with { CompleteBy = CompleteBy(now) })] : [],
            // What the system writes for a decision is kept in all five languages; older snapshots only have English.
            Justification = assessment.SummaryMessage is { } summary ? HubMessages.AllLanguages(summary) : [new LocalText("en", assessment.Summary)],
            RecognisedScope = assessment.RecognisedScopeMessage is { } recognised ? HubMessages.AllLanguages(recognised) : [new LocalText("en", assessment.RecognisedScope)],
            NotRecognisedScope = assessment.NotRecognisedMessages.Count > 0 ? HubMessages.AllLanguages(assessment.NotRecognisedMessages)
                : assessment.NotRecognisedScope.Length > 0 ? [new LocalText("en", assessment.NotRecognisedScope)] : [],
            AppealInstructions = outcome == DecisionOutcome.Partial ? [new LocalText("en", policy.AppealInstructions)] : [],
            AppealDeadline = outcome == DecisionOutcome.Partial ? now.AddDays(policy.AppealPeriodDays) : null,
            Summary = assessment.Summary,
            SummaryMessage = assessment.SummaryMessage,
            CredentialIds = [.. state.Credentials.Select(c => c.CredentialId)],
            RecognisedOutcomeIds = assessment.CoveredOutcomeIds,
            MissingOutcomeIds = assessment.MissingOutcomeIds,
            RecognisedWorkload = outcome == DecisionOutcome.Full ? assessment.TargetWorkload : assessment.RecognisedWorkload,
            StackProgress = assessment.StackProgress,
            AutomaticBasis = assessment.AutomaticBasis,
        };
    }

    // The policy's period for compensatory measures; none when the policy leaves it to officers (0).
    private DateTimeOffset? CompleteBy(DateTimeOffset now) =>
        policy.CompensatoryMeasureMonths > 0 ? now.AddMonths(policy.CompensatoryMeasureMonths) : null;

    /// <summary>Every qualification the case measures progress towards: those its credentials name, and the target
    /// itself when the request names a qualification as target.</summary>
    public static IReadOnlyList<string> StackedQualifications(CaseTarget target, IEnumerable<Credential> credentials)
    {
        ArgumentNullException.ThrowIfNull(target);
        var named = Adapters.Recognition.Stacking.StackProgressCalculator.NamedQualifications(credentials);
        return target.IsQualification && !named.Contains(target.Id, StringComparer.Ordinal) ? [target.Id, .. named] : named;
    }

    // Per qualification: the credentials naming it (all of them for a qualification target), each counted once, under
    // the policy's outcome thresholds, as the criteria weigh them.
    private IReadOnlyList<Stacking.CaseStackProgress> StackProgressOf(IReadOnlyList<Credential> credentials, Stacking.StackRequirements stacks, DateOnly today) =>
        [.. StackedQualifications(state.Submission!.Target, credentials).Select(id =>
        {
            var known = stacks.For(id);
            var counted = state.Submission.Target.IsQualification && id == state.Submission.Target.Id
                ? credentials
                : Adapters.Recognition.Stacking.StackProgressCalculator.Naming(id, credentials);
            var progress = Rules.Stacks.Calculate(id, known?.Requirements, counted, today, policy.Rules.TextMatch);
            return Stacking.CaseStackProgress.From(progress, known?.Titles ?? []);
        })];

    private static IEnumerable<CaseFinding> Findings(IReadOnlyList<ResolvedCredential> resolved, List<Credential?> credentials)
    {
        for (var i = 0; i < resolved.Count; i++)
        {
            if (credentials[i] is { } credential)
            {
                foreach (var issue in Rules.Validate(credential).Issues)
                {
                    yield return new CaseFinding(i, credential.Id, issue.Element, issue.Kind == Adapters.Validation.IssueKind.Missing, issue.Source, issue.Message)
                    {
                        Text = CaseMessage.From(issue.Text),
                    };
                }
            }
            else if (resolved[i].Verification.Verdict is VerificationVerdict.Valid or VerificationVerdict.NeedsReview)
            {
                // A verified envelope whose payload the hub cannot read: the requester has to send one it can.
                yield return new CaseFinding(i, resolved[i].Verification.CredentialId, "payload", false, "Exchange", "The payload could not be read as a credential.");
            }
        }
    }

    private static CaseCredentialSummary Summarise(ResolvedCredential resolved) => resolved.Credential is { } c
        ? new CaseCredentialSummary(c.Id, [.. c.Title.Select(t => new LocalText(t.Language, t.Text))], resolved.IssuingCountry,
            c.AwardingBody?.Id, c.AwardingBody?.Name, c.IssuerCountry ?? resolved.IssuingCountry)
        {
            LearnerId = string.IsNullOrWhiteSpace(c.Learner?.Identifier) ? null : c.Learner.Identifier,
        }
        : new CaseCredentialSummary(resolved.Verification.CredentialId, [], resolved.IssuingCountry, null, null, null);
}
