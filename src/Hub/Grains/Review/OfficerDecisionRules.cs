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

    public static bool IsBlank(IReadOnlyList<LocalText> texts) => texts.All(t => string.IsNullOrWhiteSpace(t.Text));
}
