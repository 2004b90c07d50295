using System.Globalization;
using Exchange.Adapters.Common;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>
/// A recognition case's rules, apart from how it is stored and who is told: the state machine received → file
/// complete (or incomplete) → verified → assessed → decided automatically or in review → decided → appealed →
/// re-decided, every transition journaled. It does no I/O and reads no clock: each command takes the time, either
/// refuses (a <see cref="HubException"/>, the state untouched) or changes <see cref="State"/> in memory, and says in
/// its <see cref="CaseOutcome"/> what its one write needs; <see cref="Upkeep"/> says what must follow the write.
/// </summary>
/// <param name="caseId">The case's key, known before the case exists.</param>
/// <param name="hub">This hub: its id signs automatic decisions and is never sent a notice; its country is the target's.</param>
public sealed partial class RecognitionCase(string caseId, RecognitionCaseState state, HubRecognitionPolicy policy, CaseHub hub)
{
    public RecognitionCaseState State => state;

    /// <summary>Accepts a new request, or recognises the repeat of one already accepted under the same key.</summary>
    public CaseOutcome Submit(CaseSubmission submission, DateTimeOffset now)
    {
        if (state.Exists)
        {
            if (!string.Equals(state.Submission!.Fingerprint, submission.Fingerprint, StringComparison.Ordinal))
            {
                throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different request.", "request.idempotency_key");
            }

            return CaseOutcome.Unchanged;
        }

        state.CaseId = caseId;
        // The submission is kept for the record without share codes; only the credentials still to fetch carry them.
        state.Submission = submission with { Credentials = [.. submission.Credentials.Select(c => c.WithoutSecrets())] };
        state.ReceivedAt = now;
        state.CurrentCredentials = [.. submission.Credentials];
        Transition(CaseStatus.Received, new CaseActor(CaseActorKind.Institution, submission.RequesterInstitutionId, submission.RequesterInstitutionId),
            "submitted", CaseMessage.Of("case.submitted", string.Create(CultureInfo.InvariantCulture, $"Request accepted with {submission.Credentials.Count} credential(s)."),
                MessageArgument.Of("credentials", submission.Credentials.Count)), now);
        return CaseOutcome.Received;
    }

    public CaseOutcome Supplement(CaseSupplement supplement, CaseActor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (state.SupplementKeys.TryGetValue(supplement.IdempotencyKey, out var fingerprint))
        {
            return string.Equals(fingerprint, supplement.Fingerprint, StringComparison.Ordinal)
                ? CaseOutcome.Unchanged
                : throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different supplement.", "idempotency_key");
        }

        RequireStatus("supplemented", CaseStatus.IncompleteFile, CaseStatus.CredentialInvalid);
        state.SupplementKeys[supplement.IdempotencyKey] = supplement.Fingerprint;
        if (supplement.Credentials.Count > 0)
        {
            state.CurrentCredentials = [.. supplement.Credentials];
        }

        state.Findings.Clear();
        state.FileCompleteAt = null;
        state.Deadline = null;
        // The requester's notes are their own words, kept as written; without them the system says what happened.
        if (string.IsNullOrWhiteSpace(supplement.Notes))
        {
            Transition(CaseStatus.Received, actor, "supplemented", CaseMessage.Of("case.supplemented", "The requester supplemented the file."), now);
        }
        else
        {
            Transition(CaseStatus.Received, actor, "supplemented", supplement.Notes, now);
        }

        return CaseOutcome.Received;
    }

    public CaseOutcome Withdraw(string reason, CaseActor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (state.Status is CaseStatus.Decided or CaseStatus.Withdrawn or CaseStatus.Appealed)
        {
            throw Conflict($"A case that is {state.Status} cannot be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            Transition(CaseStatus.Withdrawn, actor, "withdrawn", CaseMessage.Of("case.withdrawn", "Withdrawn by the requester."), now);
        }
        else
        {
            Transition(CaseStatus.Withdrawn, actor, "withdrawn", reason, now);
        }

        return CaseOutcome.Saved;
    }

    /// <summary>An appeal against the current decision within its period, or against a missed decision deadline. The
    /// officers who took the appealed decision (or let the deadline pass) may not decide the appeal.</summary>
    public CaseOutcome Appeal(CaseAppealRequest appeal, CaseActor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (state.Appeals.FirstOrDefault(a => a.IdempotencyKey == appeal.IdempotencyKey) is { } earlier)
        {
            return string.Equals(earlier.Fingerprint, appeal.Fingerprint, StringComparison.Ordinal)
                ? CaseOutcome.Unchanged
                : throw new HubException(ErrorKind.AlreadyExists, "IDEMPOTENCY_KEY_REUSED",
                    "This idempotency key was already used for a different appeal.", "idempotency_key");
        }

        IReadOnlyList<string> excluded;
        if (appeal.DecisionId.Length > 0)
        {
            var decision = state.Status == CaseStatus.Decided ? state.Decision : null;
            if (decision is null || decision.DecisionId != appeal.DecisionId)
            {
                throw Conflict("Only the case's current decision can be appealed.");
            }

            if (!decision.Appealable)
            {
                throw Conflict("A full recognition leaves nothing to appeal.");
            }

            if (decision.AppealDeadline is { } until && now > until)
            {
                throw Conflict(string.Create(CultureInfo.InvariantCulture, $"The appeal period ended on {until:yyyy-MM-dd}."));
            }

            excluded = decision.DecidedBy switch
            {
                DeciderKind.Officer => [decision.DeciderId],
                DeciderKind.Commission => [.. state.Commission?.Members.Select(m => m.OfficerId) ?? []],
                _ => [],
            };
        }
        else
        {
            if (state.Status is not (CaseStatus.InReview or CaseStatus.InCommission) || !state.IsOverdueAt(now))
            {
                throw Conflict("Without a decision, only a case whose decision deadline has passed can be appealed.");
            }

            excluded = state.AssignedOfficerId is { } officer ? [officer] : [];
        }

        state.Appeals.Add(new CaseAppeal(
            $"{state.CaseId}-a{state.Appeals.Count + 1}", appeal.IdempotencyKey, appeal.Fingerprint,
            appeal.DecisionId.Length > 0 ? appeal.DecisionId : null, appeal.Grounds, actor, now,
            AppealStatus.Lodged, excluded, null, null));
        state.AssignedOfficerId = null;
        state.WasReferred = true;
        if (appeal.Grounds.Count > 0)
        {
            Transition(CaseStatus.Appealed, actor, "appealed", appeal.Grounds[0].Text, now);
        }
        else
        {
            Transition(CaseStatus.Appealed, actor, "appealed", CaseMessage.Of("case.appealed", "Appeal lodged."), now);
        }

        return CaseOutcome.Saved;
    }

    /// <summary>Marks, once, that the decision deadline passed without a decision.</summary>
    public CaseOutcome MarkOverdue(DateTimeOffset now)
    {
        if (state.IsFinal || state.Overdue || state.Deadline is not { } deadline || now <= deadline)
        {
            return CaseOutcome.Unchanged;
        }

        state.Overdue = true;
        var due = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Record(CaseActor.System, "overdue", CaseMessage.Of("case.overdue", $"The decision deadline of {due} has passed without a decision.", MessageArgument.Of("deadline", due)), now);
        return CaseOutcome.Saved;
    }

    /// <summary>Forgets notices now in their peers' outboxes. Not a change of the case: the next write carries it.</summary>
    /// <returns>Whether every notice is handed over.</returns>
    public bool HandedOver(List<PeerDecisionNotice> handed)
    {
        state.PeerNotices.RemoveAll(handed.Contains);
        return state.PeerNotices.Count == 0;
    }

    /// <summary>What has to follow a write for the reminder, the review queue and the waiting lists to match the case.</summary>
    /// <param name="processingFailed">Whether the last attempt to process the (received) case failed, so a reminder retries.</param>
    public CaseUpkeep Upkeep(bool processingFailed) => CaseUpkeep.Of(state, processingFailed);

    public void RequireVisibleTo(CaseActor actor)
    {
        if (!state.Exists || (actor.Kind == CaseActorKind.Institution && actor.InstitutionId != state.RequesterInstitutionId))
        {
            throw new HubException(ErrorKind.NotFound, "CASE_NOT_FOUND", $"Case {caseId} was not found.", "case_id");
        }
    }

    private void RequireStatus(string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(state.Status))
        {
            throw Conflict($"A case that is {state.Status} cannot be {action}.");
        }
    }

    private static HubException Conflict(string message) => new(ErrorKind.FailedPrecondition, "CASE_STATE_CONFLICT", message);

    private string NextDecisionId() => string.Create(CultureInfo.InvariantCulture,
        $"{state.CaseId}-d{state.PreviousDecisions.Count + (state.Decision is null ? 1 : 2)}");

    private void Transition(CaseStatus to, CaseActor actor, string eventName, string reason, DateTimeOffset now) =>
        Append(state.Exists && state.Journal.Count > 0 ? state.Status : null, to, actor, eventName, reason, null, now);

    /// <summary>A transition whose reason the system writes: kept as a message so each reader sees it in their language.</summary>
    private void Transition(CaseStatus to, CaseActor actor, string eventName, CaseMessage reason, DateTimeOffset now) =>
        Append(state.Exists && state.Journal.Count > 0 ? state.Status : null, to, actor, eventName, reason.English, reason, now);

    private void Record(CaseActor actor, string eventName, string reason, DateTimeOffset now) =>
        Append(state.Status, state.Status, actor, eventName, reason, null, now);

    private void Record(CaseActor actor, string eventName, CaseMessage reason, DateTimeOffset now) =>
        Append(state.Status, state.Status, actor, eventName, reason.English, reason, now);

    private void Append(CaseStatus? from, CaseStatus to, CaseActor actor, string eventName, string reason, CaseMessage? message, DateTimeOffset now)
    {
        state.Journal.Add(new CaseJournalEntry(state.Journal.Count + 1, now, actor, from, to, eventName, reason) { ReasonMessage = message });
        state.Status = to;
        state.Version++;
        state.UpdatedAt = now;
    }
}
