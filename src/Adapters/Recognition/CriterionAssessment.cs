using Exchange.Adapters.Common;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// The finding on one criterion: measured difference (source minus target, in <see cref="DifferenceUnit"/>),
/// an English explanation, and a message key with arguments so a client can render it in Ukrainian,
/// Russian, Latvian or Kazakh.
/// </summary>
public sealed record CriterionAssessment(
    Criterion Criterion,
    Finding Finding,
    decimal? MeasuredDifference,
    string? DifferenceUnit,
    string Explanation,
    string MessageKey,
    IReadOnlyList<MessageArgument> Arguments)
{
    /// <summary>True when the difference is, or may be, substantial for the purpose.</summary>
    public bool PotentiallySubstantial => Finding is Finding.Closable or Finding.PotentiallySubstantial or Finding.Undetermined;

    /// <summary>True when an officer must look at this criterion.</summary>
    public bool NeedsOfficer => Finding is Finding.PotentiallySubstantial or Finding.Undetermined;

    // Value equality over the arguments too, so "same input, same assessment" can be checked directly.
    public bool Equals(CriterionAssessment? other) =>
        other is not null
        && Criterion == other.Criterion
        && Finding == other.Finding
        && MeasuredDifference == other.MeasuredDifference
        && string.Equals(DifferenceUnit, other.DifferenceUnit, StringComparison.Ordinal)
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal)
        && string.Equals(MessageKey, other.MessageKey, StringComparison.Ordinal)
        && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Criterion, Finding, MeasuredDifference, MessageKey, Explanation);
}
