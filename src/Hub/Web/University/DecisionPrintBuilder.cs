using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Web.University;

/// <summary>
/// The decision as <see cref="DecisionPdf"/> prints it, with every label already in the reader's language
/// (<paramref name="translate"/>: the <see cref="DecisionPrintTexts"/> localizer on the page, the identity in specs). The
/// decision's own texts stay as the officer or the rules wrote them, in the reader's language when the decision has it.
/// </summary>
public static class DecisionPrintBuilder
{
    public static DecisionPrint Build(RecognitionCaseState state, CaseDecision decision, string decidingHub, string appealBody,
        CultureInfo culture, Func<string, string> translate)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(translate);
        var language = culture.TwoLetterISOLanguageName;
        var view = UniversityCaseViewBuilder.Decision(decision, language, appealBody);
        string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", culture);

        var facts = new List<PrintLine>
        {
            new(translate("Purpose"), translate(ConsoleLabels.Of(state.Submission!.Purpose))),
            new(translate("Decision taken by"), translate(view.DecidedByLabel)),
            new(translate("Credentials"), string.Join(", ", decision.CredentialIds)),
        };
        if (decision.RecognisedLevel is { } level)
        {
            facts.Add(new(translate("Recognised level"), string.Create(CultureInfo.InvariantCulture,
                $"{translate(ConsoleLabels.Of(level.Framework))} {level.Level} (EQF {level.EqfLevel})")));
        }

        if (decision.AppealDeadline is { } until)
        {
            facts.Add(new(translate("Appeal until"), Date(until)));
        }

        if (appealBody.Length > 0)
        {
            facts.Add(new(translate("Appeal body"), appealBody));
        }

        var sections = new List<PrintSection>();
        void Section(string heading, IReadOnlyList<Said> texts)
        {
            if (texts.Count > 0)
            {
                sections.Add(new PrintSection(translate(heading), string.Join("\n", texts.Select(t => t.Text))));
            }
        }

        Section("Recognised part", view.RecognisedScope);
        Section("Part not recognised", view.NotRecognisedScope);
        if (view.Measures.Count > 0)
        {
            sections.Add(new PrintSection(translate("Compensatory measures"), string.Join("\n", view.Measures.Select(m =>
                m.Ects is { } ects ? string.Create(CultureInfo.InvariantCulture, $"• {m.Description.Text} ({ects:0.##} ECTS)") : "• " + m.Description.Text))));
        }

        Section("Reasons", view.Justification.Count > 0 ? view.Justification : [new Said(decision.Summary, "en")]);
        Section("What the applicant may do", view.Remedies);
        Section("Alternative recognition", view.AlternativeRecognition);
        Section("How to appeal", view.AppealInstructions);
        return new DecisionPrint(language, decidingHub, state.CaseId, decision.DecisionId, translate(view.OutcomeLabel),
            state.Submission.Target.Title, decision.DecidedAt, facts, sections)
        {
            Labels = new DecisionPrintLabels(translate("Recognition decision"), translate("Decided by"), translate("Case"), translate("Decision"),
                translate("Outcome"), translate("Recognised as"), translate("Decided on"), translate("Page {0} of {1}")),
        };
    }
}

/// <summary>The labels of a printed decision: its translations are <c>Web/Resources/Web/University/DecisionPrintTexts.*.resx</c>.</summary>
public sealed class DecisionPrintTexts;
