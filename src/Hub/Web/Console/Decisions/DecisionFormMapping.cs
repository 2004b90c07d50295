using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Web.Console.Decisions;

/// <summary>
/// Reads the decision form into the decision the case applies, and every problem with it under the API's field names:
/// the form's own (an unknown outcome or language, an unreadable workload) and the case's rules
/// (<see cref="OfficerDecisionRules"/>, with the same words the API answers). Pure: no case, no clock.
/// </summary>
public static class DecisionFormMapping
{
    /// <summary>The API's field names the form has, so a refusal of the case names a field on the page.</summary>
    public static IReadOnlySet<string> Fields(string prefix = "decision") => new HashSet<string>(StringComparer.Ordinal)
    {
        prefix + ".outcome", prefix + ".language", prefix + ".justification", prefix + ".recognised_scope",
        prefix + ".not_recognised_scope", prefix + ".compensatory_measures", prefix + ".remedies",
        prefix + ".alternative_recognition", prefix + ".appeal_instructions", "expected_version",
    };

    /// <returns>The decision, or null when <paramref name="messages"/> holds a problem with it.</returns>
    public static OfficerDecisionInput? ToDecision(DecisionForm form, FieldMessages messages, string prefix = "decision")
    {
        var before = messages.Count;
        DecisionOutcome? outcome = form.Outcome switch
        {
            "full" => DecisionOutcome.Full,
            "partial" => DecisionOutcome.Partial,
            "denied" => DecisionOutcome.Denied,
            _ => null,
        };
        if (outcome is null)
        {
            messages.Add(prefix + ".outcome", "An officer decides FULL, PARTIAL or DENIED.");
        }

        var language = form.Language.Trim();
        if (!DecisionLanguages.IsSupported(language))
        {
            messages.Add(prefix + ".language", $"The decision's language must be one of {string.Join(", ", DecisionLanguages.All)}.");
        }

        var measures = Measures(form.Measures, language, messages, prefix + ".compensatory_measures");
        if (outcome is null)
        {
            return null;
        }

        var decision = new OfficerDecisionInput
        {
            Outcome = outcome.Value,
            Justification = Text(form.Justification, language),
            RecognisedScope = Text(form.RecognisedScope, language),
            NotRecognisedScope = Text(form.NotRecognisedScope, language),
            Remedies = Text(form.Remedies, language),
            AlternativeRecognition = Text(form.AlternativeRecognition, language),
            AppealInstructions = Text(form.AppealInstructions, language),
            Measures = outcome == DecisionOutcome.Partial ? measures : [],
        };
        messages.AddAll(OfficerDecisionRules.Problems(decision, prefix));
        messages.AddAll(OfficerDecisionRules.PartialProblems(decision, prefix));
        return messages.Count == before ? decision : null;
    }

    private static List<CaseMeasure> Measures(IEnumerable<MeasureRow> rows, string language, FieldMessages messages, string field)
    {
        var measures = new List<CaseMeasure>();
        foreach (var (row, i) in rows.Where(r => !r.IsEmpty).Select((r, i) => (r, i)))
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (string.IsNullOrWhiteSpace(row.Description))
            {
                messages.Add(at + ".description", "A compensatory measure needs a description of what the applicant does.");
            }

            if (!Enum.TryParse<CaseMeasureKind>(row.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                messages.Add(at + ".kind", "A compensatory measure is an exam, a course, additional credits, practice, an interview or other.");
            }

            decimal? ects = null;
            if (!string.IsNullOrWhiteSpace(row.Ects))
            {
                if (decimal.TryParse(row.Ects.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                    && amount is > 0 and <= 360)
                {
                    ects = amount;
                }
                else
                {
                    messages.Add(at + ".workload", "The workload is a number of ECTS credits above 0 and at most 360, such as 6 or 7.5.");
                }
            }

            DateTimeOffset? completeBy = null;
            if (!string.IsNullOrWhiteSpace(row.CompleteBy))
            {
                if (DateOnly.TryParseExact(row.CompleteBy.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    completeBy = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                }
                else
                {
                    messages.Add(at + ".complete_by", "The date to complete the measure by is a date such as 2027-06-30.");
                }
            }

            measures.Add(new CaseMeasure(
                string.Create(CultureInfo.InvariantCulture, $"M{i + 1}"), kind, Text(row.Description, language), [], ects)
            {
                CompleteBy = completeBy,
            });
        }

        return measures;
    }

    private static IReadOnlyList<LocalText> Text(string value, string language) =>
        string.IsNullOrWhiteSpace(value) ? [] : [new LocalText(language, value.Trim())];
}
