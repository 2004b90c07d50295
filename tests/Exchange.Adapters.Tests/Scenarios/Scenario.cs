using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;

namespace Exchange.Adapters.Tests.Scenarios;

/// <summary>
/// One realistic cross-border case: what is presented, against what, for which purpose, and what an
/// officer would expect the rules to conclude — outcome, flagged criteria and the reason in one line.
/// </summary>
/// <param name="Expected">Null when the file is incomplete and must not be assessed.</param>
/// <param name="Also">Further checks of the assessment beyond outcome and flags (a grade, a basis, a progress).</param>
/// <param name="Source">The rule's source: reference.md §9 keys and the article or seed, e.g. "[R1] LRC Art. IV.1".</param>
public sealed record Scenario(
    string Name,
    IReadOnlyList<Credential> Credentials,
    RecognitionTarget Target,
    RecognitionPurpose Purpose,
    RecognitionOutcome? Expected,
    IReadOnlyList<Criterion> Flagged,
    string Reason,
    RecognitionPolicy? Policy = null,
    string? Source = null,
    Action<RecognitionAssessment>? Also = null)
{
    public override string ToString() => Name;
}
