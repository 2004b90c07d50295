using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Console;

/// <summary>The case page: summary, each criterion's finding with the foreign credential and the host requirement side
/// by side, grades, each credential's issuer and verification report, and the journal.</summary>
public sealed record CaseView(
    string CaseId,
    string Status,
    string Purpose,
    string Target,
    string RequesterInstitutionId,
    DateTimeOffset ReceivedAt,
    DeadlineView Deadline,
    string? AssignedOfficerId,
    bool IsAppeal,
    bool InCommission,
    long Version,
    string? Summary,
    bool EvidenceRecorded,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<GradeView> Grades,
    IReadOnlyList<CredentialView> Credentials,
    IReadOnlyList<JournalLine> Journal)
{
    /// <summary>The assigned officer's name from the hub's accounts; null when the directory does not know them.</summary>
    public string? AssignedOfficerName { get; init; }

    /// <summary>What the rules propose and, once decided, what the decision states: recognised workload, the target's
    /// outcome ids recognised and missing, and the measures with their complete-by dates.</summary>
    public IReadOnlyList<RecognitionFacts> Recognition { get; init; } = [];

    /// <summary>How far the credentials go towards each qualification they stack towards, as assessed.</summary>
    public IReadOnlyList<StackProgressView> StackProgress { get; init; } = [];

    /// <summary>The automatic recognition list the decision (or, while undecided, the assessment) relied on.</summary>
    public AutomaticListView? AutomaticList { get; init; }

    /// <summary>Whether <see cref="AutomaticList"/> is the basis of the decision, not only of the assessment.</summary>
    public bool DecidedUnderAutomaticList { get; init; }
}

/// <summary>One block of recognition facts under a heading ("Proposed by the rules", "The decision").</summary>
public sealed record RecognitionFacts(string Heading, IReadOnlyList<Phrase> Facts, IReadOnlyList<Phrase> Measures);

/// <summary>One criterion: the rules' finding and explanation, the comparison rows and, for learning outcomes, each
/// outcome of the host requirement matched or missing. <see cref="Evidence"/> is the engine's own record.</summary>
public sealed record FindingView(
    string Criterion,
    string Anchor,
    string Finding,
    bool Flagged,
    bool ConfirmedSubstantial,
    Phrase? Measured,
    string Explanation,
    IReadOnlyList<SideBySide> Rows,
    IReadOnlyList<OutcomeView> Outcomes,
    IReadOnlyList<string> Evidence);

/// <summary>One aspect compared: what the foreign credential states (and how it converts) beside what the host requires.</summary>
public sealed record SideBySide(Phrase Aspect, IReadOnlyList<Phrase> Foreign, IReadOnlyList<Phrase> Host);

/// <summary>One outcome the host requirement names, and how the credentials evidence it; <see cref="Language"/> names
/// the language the texts were compared in (a label), null when no text was compared.</summary>
public sealed record OutcomeView(
    int Number,
    string TargetOutcome,
    bool Matched,
    string Status,
    string Method,
    string Score,
    string? SourceText,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> MissingTerms,
    string? Language = null)
{
    /// <summary>The target outcome's id (the requester's, or "LO1", "LO2"… by position), as decisions name it.</summary>
    public string Id { get; init; } = "";
}

/// <summary>A converted grade: original and scale, the host grades it lands on, and the method.</summary>
public sealed record GradeView(string Credential, string Original, string Host, string Method, string Explanation)
{
    /// <summary>The original band's ECTS letter and national grade, as the issuer's table states them ("" when none).</summary>
    public GradeEquivalents OriginalEquivalents { get; init; } = GradeEquivalents.None;

    /// <summary>The host result's ECTS letter, national grade and meaning, from the same band(s) as the host value.</summary>
    public GradeEquivalents HostEquivalents { get; init; } = GradeEquivalents.None;

    /// <summary>Why the earlier methods could not be used, and any move made to keep the grade's meaning.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A grade's published equivalents: ECTS letter(s) and national grade(s) ("B" or "B–A"), and the meaning
/// labels of the low and high end (one when they agree, none when the scale names no meanings).</summary>
public sealed record GradeEquivalents(string Ects, string National, IReadOnlyList<string> Meanings)
{
    public static GradeEquivalents None { get; } = new("", "", []);

    public bool IsEmpty => Ects.Length == 0 && National.Length == 0 && Meanings.Count == 0;
}

/// <summary>A credential of the case: title, issuer, the quality assurance it states, the issuer's quality assurance
/// status its verification was checked against, and its verification report.</summary>
public sealed record CredentialView(
    string CredentialId,
    string Title,
    string? IssuerName,
    string? IssuerId,
    string? Country,
    string? IssuingHubId,
    IReadOnlyList<Phrase> QualityAssurance,
    IReadOnlyList<Phrase> IssuerQualityAssurance,
    string? Verdict,
    DateTimeOffset? VerifiedAt,
    IReadOnlyList<CheckView> Checks,
    string? OriginalDocumentHref = null);

/// <summary>How a check came out, in the words the page uses (passed / failed / could not be checked).</summary>
public enum CheckState
{
    Passed,
    PassedWithWarning,
    Failed,
    CouldNotBeChecked,
    DoesNotApply,
    NotRun,

    /// <summary>The check holds technically but needs a person's weighing (an issuer not on the trust list).</summary>
    NeedsJudgement,
}

/// <summary>One check of a verification report, always listed in the same order.</summary>
public sealed record CheckView(VerificationCheck Check, string Label, CheckState State, string? Detail, string? FailureReason);

/// <summary>One journal entry: when, who (no id when the hub itself acted), the change and the reason as recorded.</summary>
public sealed record JournalLine(DateTimeOffset At, string ActorKind, string ActorId, string? From, string To, string Event, string Reason);
