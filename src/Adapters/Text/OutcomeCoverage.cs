namespace Exchange.Adapters.Text;

/// <summary>How well one target outcome is evidenced by the source outcomes.</summary>
public enum CoverageStatus
{
    NotCovered = 0,

    /// <summary>Matched by skill URI or by a strong text match.</summary>
    Covered,

    /// <summary>Some shared terms, too few to rely on: an officer has to read both texts.</summary>
    WeakEvidence,

    /// <summary>The two sides share no language this library can compare (and no skill URI).</summary>
    NoCommonLanguage,
}

/// <summary>How the match was made.</summary>
public enum MatchMethod
{
    None = 0,
    SkillUri,
    Text,
}

/// <summary>
/// Which source outcome covers one target outcome, by which method, with the score and the terms
/// shared and missing — enough for an officer to check the machine's reading.
/// </summary>
public sealed record OutcomeCoverage(
    int TargetIndex,
    string TargetOutcome,
    CoverageStatus Status,
    MatchMethod Method,
    double Score,
    string? Language,
    int? SourceCredential,
    int? SourceOutcome,
    string? SourceText,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> MissingTerms);
