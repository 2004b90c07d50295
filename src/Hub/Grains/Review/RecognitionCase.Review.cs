using System.Globalization;
using Exchange.Adapters.Common;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>Officer review and commission voting on a case: who may decide, what a decision must hold, and when a
/// commission has decided.</summary>
public sealed partial class RecognitionCase
{
    public CaseOutcome Assign(string officerId, CaseActor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireStatus("assigned", CaseStatus.InReview, CaseStatus.Appealed);
        RequireNotExcluded(officerId);
        state.AssignedOfficerId = officerId;
        if (state.Status == CaseStatus.Appealed && state.OpenAppeal is { } appeal)
        {
            state.Appeals[^1] = appeal with { Status = AppealStatus.InReview, AssignedOfficerId = officerId };
        }

        Record(actor, "assigned", CaseMessage.Of("case.assigned", $"Assigned to officer {officerId}.", MessageArgument.Of("officer", officerId)), now);
        return CaseOutcome.Saved;
    }

    public CaseOutcome Decide(OfficerDecisionInput decision, long expectedVersion, CaseActor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (state.Status == CaseStatus.InCommission)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "This case is before a commission; its members decide by vote.");
        }

        RequireStatus("decided by an officer", CaseStatus.InReview, CaseStatus.Appealed);
        if (expectedVersion != 0 && expectedVersion != state.Version)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "VERSION_CONFLICT",
                string.Create(CultureInfo.InvariantCulture, $"The case changed (version {state.Version}, you read {expectedVersion}); read it again."), "expected_version");
        }

        RequireNotExcluded(actor.Id);
        if (!string.Equals(state.AssignedOfficerId, actor.Id, StringComparison.Ordinal))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only the officer assigned to the case may decide it; assign it first.");
        }

        if (OfficerDecisionRules.Problems(decision).FirstOrDefault() is { Field: not null } problem)
        {
            throw new HubException(ErrorKind.InvalidArgument, "REQUIRED_ELEMENTS_INVALID", problem.Problem, problem.Field);
        }

        Conclude(decision, DeciderKind.Officer, actor.Id, null, actor, "decided", now);
        return CaseOutcome.Saved;
    }

    /// <summary>Puts a referred case before a commission, which needs the policy's minimum of voting members whoever
    /// starts it; that is checked first, as a mistake in the request, before anything about the case.</summary>
    public CaseOutcome StartCommission(CommissionStart start, CaseActor actor, DateTimeOffset now)
    {
        if (start.Members.Count(m => m.Voting) < policy.MinimumVotingMembers)
        {
            // Whoever starts the commission: fewer voting members than the policy's minimum cannot decide for the hub.
            throw new HubException(ErrorKind.InvalidArgument, "COMMISSION_TOO_SMALL",
                string.Create(CultureInfo.InvariantCulture, $"A commission needs at least {policy.MinimumVotingMembers} voting members."), "members");
        }

        RequireVisibleTo(actor);
        if (!policy.CommissionMode)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "NOT_ALLOWED", "Commission mode is not enabled in this hub's recognition policy.");
        }

        if (state.Status == CaseStatus.InCommission)
        {
            throw Conflict("A commission is already open for this case.");
        }

        RequireStatus("put before a commission", CaseStatus.InReview);
        state.Commission = new CaseCommission(
            state.CaseId + "-c1", start.Members, [], CommissionStatus.Voting, start.MeetingAt ?? now, start.Location, start.Proposal, null);
        var voting = start.Members.Count(m => m.Voting);
        Transition(CaseStatus.InCommission, actor, "commission_started", CaseMessage.Of("case.commission_started",
            string.Create(CultureInfo.InvariantCulture, $"Commission of {voting} voting member(s) to vote on a proposal of {start.Proposal.Outcome}."),
            MessageArgument.Of("voting", voting), MessageArgument.Of("proposal", ChoiceKey(start.Proposal.Outcome.ToString()))), now);
        return CaseOutcome.Saved;
    }

    /// <summary>Records a member's vote (a later vote replaces the member's earlier one); a majority decides the case, and
    /// its protocol is sealed with <paramref name="sealer"/> in the same change.</summary>
    public CaseOutcome CastVote(VoteChoice choice, IReadOnlyList<LocalText> reasons, CaseActor actor, ICommissionProtocolSealer sealer, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (state.Status != CaseStatus.InCommission || state.Commission is not { Status: not CommissionStatus.Decided } commission)
        {
            throw Conflict("Voting is closed: the case is not before an open commission.");
        }

        if (!commission.Members.Any(m => m.Voting && m.OfficerId == actor.Id))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", $"{actor.Id} is not a voting member of this commission.");
        }

        var votes = commission.Votes.Where(v => v.OfficerId != actor.Id).Append(new CommissionVote(actor.Id, choice, reasons, now)).ToList();
        commission = commission with { Votes = votes };
        var majority = commission.Majority();
        commission = commission with
        {
            Status = majority is not null ? CommissionStatus.Decided : commission.EveryoneVoted ? CommissionStatus.NoMajority : CommissionStatus.Voting,
        };
        state.Commission = commission;
        Record(actor, "vote_cast", CaseMessage.Of("case.vote_cast", $"{actor.Id} voted {choice}.",
            MessageArgument.Of("member", actor.Id), MessageArgument.Of("choice", ChoiceKey(choice.ToString()))), now);

        if (majority is { } winner)
        {
            var protocolId = commission.CommissionId + "-p";
            state.Commission = commission with { ProtocolId = protocolId };
            var decision = commission.Proposal with { Outcome = winner switch
            {
                VoteChoice.Full => DecisionOutcome.Full,
                VoteChoice.Partial => DecisionOutcome.Partial,
                _ => DecisionOutcome.Denied,
            } };
            var chair = commission.Members.FirstOrDefault(m => m.Role == CommissionRole.Chair) ?? commission.Members[0];
            Conclude(decision, DeciderKind.Commission, chair.OfficerId, protocolId, actor, "commission_decided", now);
            state.Protocol = new CommissionProtocolRecord(protocolId,
                string.Create(CultureInfo.InvariantCulture, $"{hub.Country}-COM-{now:yyyy}-{state.CaseId[3..11].ToUpperInvariant()}"),
                state.CaseId, state.Commission, state.Decision!, now, state.Submission!.Purpose);
            state.SealedProtocol = sealer.Seal(state.Protocol);
        }

        return CaseOutcome.Saved;
    }

    private void Conclude(OfficerDecisionInput input, DeciderKind decider, string deciderId, string? protocolId, CaseActor actor, string eventName, DateTimeOffset now)
    {
        var assessment = state.Assessment;
        var differences = (assessment?.Differences ?? []).Select(d => input.ConfirmedSubstantial.TryGetValue(d.Criterion, out var why)
            ? d with { ConfirmedSubstantial = true, Explanation = string.IsNullOrWhiteSpace(why) ? d.Explanation : why }
            : d).ToList();
        var recognises = input.Outcome != DecisionOutcome.Denied;
        var appealable = input.Outcome != DecisionOutcome.Full;
        var previous = state.Decision;
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
            SupersedesDecisionId = state.Status == CaseStatus.Appealed ? previous?.DecisionId : null,
            AppealDeadline = appealable ? now.AddDays(policy.AppealPeriodDays) : null,
            CommissionProtocolId = protocolId,
            CredentialIds = [.. state.Credentials.Select(c => c.CredentialId)],

            // A full recognition recognises every target outcome and the target's full credits; a partial one what the
            // rules found evidenced and the recognised part; a denial neither.
            RecognisedOutcomeIds = input.Outcome switch
            {
                DecisionOutcome.Full => [.. Enumerable.Range(0, state.Submission?.Target.Outcomes.Count ?? 0).Select(i => state.Submission!.Target.OutcomeId(i))],
                DecisionOutcome.Partial => assessment?.CoveredOutcomeIds ?? [],
                _ => [],
            },
            MissingOutcomeIds = input.Outcome == DecisionOutcome.Full ? [] : assessment?.MissingOutcomeIds ?? [],
            RecognisedWorkload = input.Outcome switch
            {
                DecisionOutcome.Full => assessment?.TargetWorkload,
                DecisionOutcome.Partial => assessment?.RecognisedWorkload,
                _ => null,
            },
            StackProgress = assessment?.StackProgress ?? [],
        };

        var redecided = state.Status == CaseStatus.Appealed
            || (state.Status == CaseStatus.InCommission && state.OpenAppeal is not null);
        if (state.OpenAppeal is { } appeal)
        {
            state.Appeals[state.Appeals.IndexOf(appeal)] = appeal with { Status = AppealStatus.Decided, ResolvingDecisionId = decision.DecisionId };
        }

        if (previous is not null)
        {
            state.PreviousDecisions.Add(previous);
        }

        AdoptDecision(decision);
        state.Overdue = false;
        Transition(CaseStatus.Decided, actor, redecided ? "redecided" : eventName, decision.Summary +
            (OfficerDecisionRules.IsBlank(input.Justification) ? "" : " " + input.Justification[0].Text), now);
    }

    // A vote or proposal is named by a nested message ("case.choice_partial"), so each reader sees it in their language.
    private static string ChoiceKey(string choice) => "case.choice_" + choice.ToLowerInvariant();

    private void RequireNotExcluded(string officerId)
    {
        if (state.Status == CaseStatus.Appealed && state.OpenAppeal is { } appeal && appeal.ExcludedOfficerIds.Contains(officerId))
        {
            throw new HubException(ErrorKind.FailedPrecondition, "SAME_OFFICER",
                $"Officer {officerId} took the appealed decision; the appeal goes to a different officer.");
        }
    }
}
