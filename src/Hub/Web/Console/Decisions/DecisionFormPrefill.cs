using System.Globalization;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console.Decisions;

/// <summary>
/// The decision form as an officer first sees it: the appeal route from the hub's policy (editable: the case takes
/// any written route), and for a partial recognition the part and the measures the rules proposed, so the officer
/// amends rather than retypes. The outcome is left for the officer to choose.
/// </summary>
public static class DecisionFormPrefill
{
    public static DecisionForm For(RecognitionCaseState state, HubRecognitionPolicy policy, string uiLanguage)
    {
        var assessment = state.Assessment;
        return new DecisionForm
        {
            // The policy's route is written in English; a decision in another language starts from it too.
            Language = DecisionLanguages.IsSupported(uiLanguage) ? uiLanguage : "en",
            AppealInstructions = AppealInstructions(policy),
            RecognisedScope = assessment?.RecognisedScope ?? "",
            NotRecognisedScope = assessment?.NotRecognisedScope ?? "",
            Measures = [.. (assessment?.Measures ?? []).Select(m => new MeasureRow
            {
                Kind = m.Kind.ToString(),
                Description = m.Description.Count > 0 ? m.Description[0].Text : "",
                Ects = m.Ects?.ToString(CultureInfo.InvariantCulture) ?? "",
                CompleteBy = m.CompleteBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            })],
        };
    }

    /// <summary>The policy's appeal instructions, naming the appeal body when the policy names one.</summary>
    public static string AppealInstructions(HubRecognitionPolicy policy) =>
        policy.AppealBodyName.Length == 0 || policy.AppealInstructions.Contains(policy.AppealBodyName, StringComparison.Ordinal)
            ? policy.AppealInstructions
            : string.Create(CultureInfo.InvariantCulture,
                $"{policy.AppealInstructions} Appeal body: {policy.AppealBodyName}. Appeal period: {policy.AppealPeriodDays} days.");
}
