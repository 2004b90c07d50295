using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.University;

/// <summary>
/// A case as its university sees it. Labels are English keys the view translates; texts the engine, the issuer or an
/// officer wrote are shown as written (<see cref="Said"/>, with their language). No share code is in it: the case keeps
/// none to show back, and the view is built from what it shows.
/// </summary>
public sealed record UniversityCaseView(
    string CaseId,
    string Target,
    string Purpose,
    CaseStatus Status,
    string StatusLabel,
    string StatusCode,
    bool IsFinal,
    long Version,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FileCompleteAt,
    DeadlineView Deadline,
    IReadOnlyList<string> WaitingForHubs,
    IReadOnlyList<JournalRow> Journal,
    IReadOnlyList<CredentialChecks> Credentials,
    IReadOnlyList<FindingRow> Findings,
    bool SharedWithSomeoneElse,
    DecisionView? Decision,
    bool CanSupplement,
    bool CanAppeal,
    IReadOnlyList<AppealRow> Appeals);

/// <summary>A text as its author wrote it, in its language (for the <c>lang</c> attribute).</summary>
public sealed record Said(string Text, string Language);

/// <summary>One entry of the case's journal; <see cref="ToLabel"/> is the status after it.</summary>
public sealed record JournalRow(long Sequence, DateTimeOffset At, string ActorLabel, string? FromLabel, string ToLabel, bool IsTransition, string Reason);

/// <summary>The verification of one credential of the case: each check in the report's order.</summary>
public sealed record CredentialChecks(string CredentialId, string Title, string IssuingHubId, VerificationVerdict Verdict, string VerdictLabel, IReadOnlyList<CheckRow> Checks);

public sealed record CheckRow(string Label, CheckResult Result, string ResultLabel, string Symbol, string Detail);

/// <summary>A missing or invalid element of a credential: what the hub asks the university to supply.</summary>
public sealed record FindingRow(string CredentialId, string Element, bool Missing, string Message);

/// <summary>The decision: outcome, what is recognised, the measures that would close the rest, the reasons and the
/// appeal route (deadline and the body that hears it).</summary>
public sealed record DecisionView(
    string DecisionId,
    DecisionOutcome Outcome,
    string OutcomeLabel,
    string DecidedByLabel,
    DateTimeOffset DecidedAt,
    string Summary,
    IReadOnlyList<Said> RecognisedScope,
    IReadOnlyList<Said> NotRecognisedScope,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<Said> Justification,
    IReadOnlyList<Said> Remedies,
    IReadOnlyList<Said> AlternativeRecognition,
    IReadOnlyList<Said> AppealInstructions,
    DateTimeOffset? AppealDeadline,
    string AppealBody,
    bool Appealable)
{
    /// <summary>The hub signed the decision as a verifiable credential (decisions taken before that have none).</summary>
    public bool HasCredential { get; init; }

    /// <summary>Each converted grade: original, host result with its ECTS letter and national grade, method and reason.</summary>
    public IReadOnlyList<GradeView> Grades { get; init; } = [];

    /// <summary>Credits recognised towards the target in host credits (the target's full credits on a full
    /// recognition, the recognised part on a partial one): amount (a range when converted as one) and unit label.</summary>
    public (string Amount, string UnitLabel)? RecognisedWorkload { get; init; }

    /// <summary>How far the credentials go towards each qualification they stack towards (RecognitionDecision.stack_progress).</summary>
    public IReadOnlyList<Grains.Recognition.Stacking.CaseStackProgress> StackProgress { get; init; } = [];

    /// <summary>The automatic recognition list the decision relied on; null when it relied on none.</summary>
    public AutomaticListView? AutomaticList { get; init; }
}

public sealed record MeasureView(Said Description, decimal? Ects)
{
    /// <summary>The date by which the measure is to be completed, when one is set.</summary>
    public DateTimeOffset? CompleteBy { get; init; }
}

public sealed record AppealRow(string AppealId, DateTimeOffset LodgedAt, string StatusLabel, Said? Grounds);
