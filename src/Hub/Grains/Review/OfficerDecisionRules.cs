using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Review;

/// <summary>
/// What an officer's decision must contain (Lisbon Recognition Convention III.5): partial and denied decisions
/// give written reasons and the appeal route; a denial also says what the applicant could do to be recognised
/// later. Returns every problem with the field it concerns, so the API can answer all of them at once.
/// </summary>
public static class OfficerDecisionRules
{
    public static IEnumerable<(string Field, string Problem)> Problems(OfficerDecisionInput decision, string prefix = "decision")
    {
        if (decision.Outcome is DecisionOutcome.Partial or DecisionOutcome.Denied)
        {
            if (IsBlank(decision.Justification))
            {
                yield return ($"{prefix}.justification", "A partial recognition or a denial needs a written justification.");
            }

            if (IsBlank(decision.AppealInstructions))
            {
                yield return ($"{prefix}.appeal_instructions", "A partial recognition or a denial must say how to appeal.");
            }
        }

        if (decision.Outcome == DecisionOutcome.Denied && IsBlank(decision.Remedies))
        {
            yield return ($"{prefix}.remedies", "A denial must state what the applicant could do to be recognised later.");
        }
    }

    /// <summary>
    /// What the officer console asks of a partial recognition on top of <see cref="Problems"/>: the part recognised and
    /// the compensatory measures, written by the officer. The API still accepts a partial decision without them (the
    /// case then keeps the assessment's own measures), so these are separate rules, not part of <see cref="Problems"/>.
    /// </summary>
    public static IEnumerable<(string Field, string Problem)> PartialProblems(OfficerDecisionInput decision, string prefix = "decision")
    {
        if (decision.Outcome != DecisionOutcome.Partial)
        {
            yield break;
        }

        if (IsBlank(decision.RecognisedScope))
        {
            yield return ($"{prefix}.recognised_scope", "A partial recognition must say which part is recognised.");
        }

        if (decision.Measures.Count == 0)
        {
            yield return ($"{prefix}.compensatory_measures", "A partial recognition must name the compensatory measures that would close the difference.");
        }
    }

    /// <summary>What a commission's proposal must carry beyond <see cref="Problems"/> for its own outcome: the vote may
    /// choose any outcome, so the proposal must already hold what a denial needs.</summary>
    public static IEnumerable<(string Field, string Problem)> ProposalProblems(OfficerDecisionInput proposal, string prefix = "proposal")
    {
        var own = Problems(proposal, prefix).Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        return Problems(proposal with { Outcome = DecisionOutcome.Denied }, prefix)
            .Where(p => !own.Contains(p.Field))
            .Select(p => (p.Field, p.Problem + " (the commission may vote for a denial)"));
    }

    public static bool IsBlank(IReadOnlyList<LocalText> texts) => texts.All(t => string.IsNullOrWhiteSpace(t.Text));
}
