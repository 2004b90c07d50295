using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Messaging;

namespace Exchange.Hub.Web.University;

/// <summary>Builds the university's case page from the case. Pure: the time, the reader's language and the hub's
/// appeal body (from its recognition policy) are given.</summary>
public static class UniversityCaseViewBuilder
{
    public static UniversityCaseView Build(RecognitionCaseState state, DateTimeOffset now, string language, string appealBody)
    {
        ArgumentNullException.ThrowIfNull(state);
        var submission = state.Submission ?? throw new ArgumentException("The case does not exist.", nameof(state));
        var decision = state.Status == CaseStatus.Decided ? state.Decision : null;
        var decisionView = decision is null ? null : Decision(decision, language, appealBody);
        return new UniversityCaseView(
            state.CaseId,
            submission.Target.Title,
            ConsoleLabels.Of(submission.Purpose),
            state.Status,
            UniversityLabels.Of(state.Status),
            UniversityLabels.Code(state.Status),
            state.IsFinal,
            state.Version,
            state.ReceivedAt,
            state.FileCompleteAt,
            DeadlineView.Of(state.Deadline, state.IsOverdueAt(now), now),
            [.. state.WaitingForHubIds],
            [.. state.Journal.OrderByDescending(e => e.Sequence).Select(e => Journal(e, language))],
            [.. state.Verifications.Select(v => Credential(v, state, language))],
            [.. state.Findings.Select(f => new FindingRow(f.CredentialId, f.Element, f.Missing, f.Text is { } text ? HubMessages.Render(text, language) : f.Message))],
            state.Verifications.Any(v => v.Checks.Any(c => c.Result == CheckResult.Failed && c.FailureReason == ShareLinkRefusals.RecipientMismatch)),
            decisionView,
            state.Status is CaseStatus.IncompleteFile or CaseStatus.CredentialInvalid,
            decision is { Appealable: true } && (decision.AppealDeadline is not { } until || now <= until) && state.OpenAppeal is null,
            [.. state.Appeals.Select(a => new AppealRow(a.AppealId, a.LodgedAt, Of(a.Status), a.Grounds.Count > 0 ? Pick(a.Grounds, language) : null))]);
    }

    /// <summary>The live status line's words for a case: its status, and the outcome once decided (keys the view
    /// translates).</summary>
    public static (string Status, string? Outcome) Headline(RecognitionCaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (UniversityLabels.Code(state.Status),
            state.Status == CaseStatus.Decided && state.Decision is { } d ? UniversityLabels.Code(d.Outcome) : null);
    }

    // What the system wrote in the reader's language; a person's own words as written.
    private static JournalRow Journal(CaseJournalEntry entry, string language) => new(
        entry.Sequence, entry.At, ConsoleLabels.Of(entry.Actor.Kind),
        entry.From is { } from ? UniversityLabels.Of(from) : null, UniversityLabels.Of(entry.To),
        entry.From != entry.To, entry.ReasonMessage is { } reason ? HubMessages.Render(reason, language) : entry.Reason);

    private static CredentialChecks Credential(CredentialVerification verification, RecognitionCaseState state, string language)
    {
        var title = state.Credentials.FirstOrDefault(c => c.CredentialId == verification.CredentialId) is { } summary
            ? LocalTexts.Pick(summary.Title, language)
            : "";
        return new CredentialChecks(verification.CredentialId, title, verification.IssuingHubId, verification.Verdict,
            UniversityLabels.Of(verification.Verdict),
            [.. verification.Checks.Select(c => new CheckRow(ConsoleLabels.Of(c.Check), c.Result, UniversityLabels.Of(c.Result), UniversityLabels.Symbol(c.Result), c.Detail))]);
    }

    public static DecisionView Decision(CaseDecision decision, string language, string appealBody)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionView(
            decision.DecisionId,
            decision.Outcome,
            UniversityLabels.Of(decision.Outcome),
            UniversityLabels.Of(decision.DecidedBy),
            decision.DecidedAt,
            decision.SummaryMessage is { } summary ? HubMessages.Render(summary, language) : decision.Summary,
            Texts(decision.RecognisedScope, language),
            Texts(decision.NotRecognisedScope, language),
            [.. decision.Measures.Where(m => m.Description.Count > 0).Select(m => new MeasureView(Pick(m.Description, language), m.Ects) { CompleteBy = m.CompleteBy })],
            Texts(decision.Justification, language),
            Texts(decision.Remedies, language),
            Texts(decision.AlternativeRecognition, language),
            Texts(decision.AppealInstructions, language),
            decision.AppealDeadline,
            appealBody,
            decision.Appealable)
        {
            HasCredential = decision.DecisionCredential is { Length: > 0 },
            Grades = [.. decision.Grades.Select(g => GradeViewBuilder.Grade(g, id => id))],
            RecognisedWorkload = decision.RecognisedWorkload is { } w
                ? (Console.CaseViewBuilder.Range(w.Min, w.Max, System.Globalization.CultureInfo.InvariantCulture), Console.ConsoleLabels.Of(w.Unit))
                : null,
            StackProgress = decision.StackProgress,
            AutomaticList = AutomaticListView.Of(decision.AutomaticBasis, language),
        };
    }

    private static string Of(AppealStatus status) => status switch
    {
        AppealStatus.Lodged => "Lodged",
        AppealStatus.InReview => "In review",
        _ => "Decided",
    };

    /// <summary>The reader's language of a multilingual text, else English, else the first (one text, never a pile).</summary>
    private static IReadOnlyList<Said> Texts(IReadOnlyList<LocalText> texts, string language) => texts.Count == 0 ? [] : [Pick(texts, language)];

    private static Said Pick(IReadOnlyList<LocalText> texts, string language)
    {
        var text = LocalTexts.Pick(texts, language);
        return new Said(text, texts.FirstOrDefault(t => t.Text == text)?.Language ?? language);
    }
}
