using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.University;

/// <summary>
/// Codes and English names the university pages show for domain values. Names are the keys of the views'
/// translations (as <see cref="Console.ConsoleLabels"/>, whose status, purpose and check names they reuse), codes are
/// what the status filter and the live updates carry.
/// </summary>
public static class UniversityLabels
{
    /// <summary>The statuses in the order a case meets them, as the filter lists them.</summary>
    public static IReadOnlyList<CaseStatus> Statuses { get; } = Enum.GetValues<CaseStatus>();

    /// <summary>The status as a query value and in the live updates (<c>incomplete_file</c>).</summary>
    public static string Code(CaseStatus status) => status switch
    {
        CaseStatus.IncompleteFile => "incomplete_file",
        CaseStatus.WaitingForPeer => "waiting_for_peer",
        CaseStatus.CredentialInvalid => "credential_invalid",
        CaseStatus.FileComplete => "file_complete",
        CaseStatus.InReview => "in_review",
        CaseStatus.InCommission => "in_commission",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static CaseStatus? StatusOf(string code) =>
        Statuses.Cast<CaseStatus?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Of(CaseStatus status) => Console.ConsoleLabels.Of(status);

    public static string Code(DecisionOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static IReadOnlyList<DecisionOutcome> Outcomes { get; } = Enum.GetValues<DecisionOutcome>();

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Full => "Full recognition",
        DecisionOutcome.Partial => "Partial recognition",
        _ => "Recognition denied",
    };

    public static string Of(DeciderKind kind) => kind switch
    {
        DeciderKind.Automatic => "The hub's rules",
        DeciderKind.Commission => "A commission",
        _ => "A recognition officer",
    };

    public static string Of(CheckResult result) => result switch
    {
        CheckResult.Passed => "Passed",
        CheckResult.Failed => "Failed",
        CheckResult.Warning => "Warning",
        CheckResult.Unavailable => "Could not be checked",
        CheckResult.NeedsReview => Console.ConsoleLabels.NeedsJudgement,
        _ => "Not applicable",
    };

    /// <summary>A symbol beside each word, so a result is never told by colour alone.</summary>
    public static string Symbol(CheckResult result) => result switch
    {
        CheckResult.Passed => "✓",
        CheckResult.Failed => "✗",
        CheckResult.Warning => "⚠",
        CheckResult.Unavailable => "?",
        CheckResult.NeedsReview => "!",
        _ => "–",
    };

    public static string Of(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Valid => "Valid",
        VerificationVerdict.Invalid => "Invalid",
        VerificationVerdict.NeedsReview => Console.ConsoleLabels.NeedsJudgement,
        _ => "Not yet established",
    };

    /// <summary>The purposes the request form offers, with their codes (the console's).</summary>
    public static IReadOnlyList<Adapters.Recognition.RecognitionPurpose> Purposes => Console.ConsoleLabels.Purposes;
}
