using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>Officer review, appeals and commission voting on a case.</summary>
public sealed partial class RecognitionCaseGrain
{
    async Task<RecognitionCaseState> IRecognitionCaseGrain.AssignAsync(string officerId, CaseActor actor)
    {
        RequireVisibleTo(actor);
        RequireStatus("assigned", CaseStatus.InReview, CaseStatus.Appealed);
        RequireNotExcluded(officerId);
        State.AssignedOfficerId = officerId;
        if (State.Status == CaseStatus.Appealed && State.OpenAppeal is { } appeal)
        {
            State.Appeals[^1] = appeal with { Status = AppealStatus.InReview, AssignedOfficerId = officerId };
        }

        Record(actor, "assigned", $"Assigned to officer {officerId}.");
        await SaveAsync();
        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.DecideAsync(OfficerDecisionInput decision, long expectedVersion, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (State.Status == CaseStatus.InCommission)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "This case is before a commission; its members decide by vote.");
        }

        RequireStatus("decided by an officer", CaseStatus.InReview, CaseStatus.Appealed);
        if (expectedVersion != 0 && expectedVersion != State.Version)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "VERSION_CONFLICT",
                string.Create(CultureInfo.InvariantCulture, $"The case changed (version {State.Version}, you read {expectedVersion}); read it again."), "expected_version");
        }

        RequireNotExcluded(actor.Id);
        if (!string.Equals(State.AssignedOfficerId, actor.Id, StringComparison.Ordinal))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only the officer assigned to the case may decide it; assign it first.");
        }

        if (OfficerDecisionRules.Problems(decision).FirstOrDefault() is { Field: not null } problem)
        {
            throw new HubException(ErrorKind.InvalidArgument, "REQUIRED_ELEMENTS_INVALID", problem.Problem, problem.Field);
        }

        Conclude(decision, DeciderKind.Officer, actor.Id, null, actor, "decided");
        await SaveAsync();
        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.StartCommissionAsync(CommissionStart start, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (!policy.CommissionMode)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "NOT_ALLOWED", "Commission mode is not enabled in this hub's recognition policy.");
        }

        if (State.Status == CaseStatus.InCommission)
        {
            throw Conflict("A commission is already open for this case.");
        }

        RequireStatus("put before a commission", CaseStatus.InReview);
        var now = time.GetUtcNow();
        State.Commission = new CaseCommission(
            State.CaseId + "-c1", start.Members, [], CommissionStatus.Voting, start.MeetingAt ?? now, start.Location, start.Proposal, null);
        Transition(CaseStatus.InCommission, actor, "commission_started", string.Create(CultureInfo.InvariantCulture,
            $"Commission of {start.Members.Count(m => m.Voting)} voting member(s) to vote on a proposal of {start.Proposal.Outcome}."));
        await SaveAsync();
        return State;
    }

    async Task<RecognitionCaseState> IRecognitionCaseGrain.CastVoteAsync(VoteChoice choice, IReadOnlyList<LocalText> reasons, CaseActor actor)
    {
        RequireVisibleTo(actor);
        if (State.Status != CaseStatus.InCommission || State.Commission is not { Status: not CommissionStatus.Decided } commission)
        {
            throw Conflict("Voting is closed: the case is not before an open commission.");
        }

        if (!commission.Members.Any(m => m.Voting && m.OfficerId == actor.Id))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", $"{actor.Id} is not a voting member of this commission.");
        }

        var now = time.GetUtcNow();
        var votes = commission.Votes.Where(v => v.OfficerId != actor.Id).Append(new CommissionVote(actor.Id, choice, reasons, now)).ToList();
        commission = commission with { Votes = votes };
        var majority = commission.Majority();
        commission = commission with
        {
            Status = majority is not null ? CommissionStatus.Decided : commission.EveryoneVoted ? CommissionStatus.NoMajority : CommissionStatus.Voting,
        };
        State.Commission = commission;
        Record(actor, "vote_cast", $"{actor.Id} voted {choice}.");

        if (majority is { } winner)
        {
            var protocolId = commission.CommissionId + "-p";
            State.Commission = commission with { ProtocolId = protocolId };
            var decision = commission.Proposal with { Outcome = winner switch
            {
                VoteChoice.Full => DecisionOutcome.Full,
                VoteChoice.Partial => DecisionOutcome.Partial,
                _ => DecisionOutcome.Denied,
            } };
            var chair = commission.Members.FirstOrDefault(m => m.Role == CommissionRole.Chair) ?? commission.Members[0];
            Conclude(decision, DeciderKind.Commission, chair.OfficerId, protocolId, actor, "commission_decided");
            State.Protocol = new CommissionProtocolRecord(protocolId,
                string.Create(CultureInfo.InvariantCulture, $"{hub.Value.Country}-COM-{now:yyyy}-{State.CaseId[3..11].ToUpperInvariant()}"),
                State.CaseId, State.Commission, State.Decision!, now, State.Submission!.Purpose);
            State.SealedProtocol = sealer.Seal(State.Protocol);
        }

        await SaveAsync();
        return State;
    }

    private void Conclude(OfficerDecisionInput input, DeciderKind decider, string deciderId, string? protocolId, CaseActor actor, string eventName)
    {
        var now = time.GetUtcNow();
        var assessment = State.Assessment;
        var differences = (assessment?.Differences ?? []).Select(d => input.ConfirmedSubstantial.TryGetValue(d.Criterion, out var why)
            ? d with { ConfirmedSubstantial = true, Explanation = string.IsNullOrWhiteSpace(why) ? d.Explanation : why }
            : d).ToList();
        var recognises = input.Outcome != DecisionOutcome.Denied;
        var appealable = input.Outcome != DecisionOutcome.Full;
        var previous = State.Decision;
        var decision = new CaseDecision
        {
            DecisionId = NextDecisionId(),
            Outcome = input.Outcome,
            DecidedBy = decider,
            DeciderId = deciderId,
            DecidedAt = now,
            PolicyId = policy.PolicyId,
            PolicyVersion = policy.PolicyVersion,
            Differences = differences,
            RecognisedLevel = recognises ? assessment?.RecognisedLevel : null,
            Credits = recognises ? assessment?.Credits ?? [] : [],
            Grades = recognises ? assessment?.Grades ?? [] : [],
            Measures = input.Outcome == DecisionOutcome.Partial ? (input.Measures.Count > 0 ? input.Measures : assessment?.Measures ?? []) : [],
            Justification = input.Justification,
            Remedies = input.Remedies,
            AppealInstructions = input.AppealInstructions,
            RecognisedScope = input.RecognisedScope,
            NotRecognisedScope = input.NotRecognisedScope,
            AlternativeRecognition = input.AlternativeRecognition,
            Summary = string.Create(CultureInfo.InvariantCulture, $"{input.Outcome} recognition decided by {(decider == DeciderKind.Commission ? "commission" : "officer " + deciderId)}."),
            SupersedesDecisionId = State.Status == CaseStatus.Appealed ? previous?.DecisionId : null,
            AppealDeadline = appealable ? now.AddDays(policy.AppealPeriodDays) : null,
            CommissionProtocolId = protocolId,
            CredentialIds = [.. State.Credentials.Select(c => c.CredentialId)],
        };

        var redecided = State.Status == CaseStatus.Appealed
            || (State.Status == CaseStatus.InCommission && State.OpenAppeal is not null);
        if (State.OpenAppeal is { } appeal)
        {
            State.Appeals[State.Appeals.IndexOf(appeal)] = appeal with { Status = AppealStatus.Decided, ResolvingDecisionId = decision.DecisionId };
        }

        if (previous is not null)
        {
            State.PreviousDecisions.Add(previous);
        }

        AdoptDecision(decision);
        State.Overdue = false;
        Transition(CaseStatus.Decided, actor, redecided ? "redecided" : eventName, decision.Summary +
            (OfficerDecisionRules.IsBlank(input.Justification) ? "" : " " + input.Justification[0].Text));
    }

    private void RequireNotExcluded(string officerId)
    {
        if (State.Status == CaseStatus.Appealed && State.OpenAppeal is { } appeal && appeal.ExcludedOfficerIds.Contains(officerId))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "SAME_OFFICER",
                $"Officer {officerId} took the appealed decision; the appeal goes to a different officer.");
        }
    }
}
