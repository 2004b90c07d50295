namespace Exchange.Adapters.Text;

/// <summary>
/// Share of a target outcome's content terms that a source outcome must contain: at or above
/// <see cref="Strong"/> it counts as covered, between <see cref="Weak"/> and strong it is weak evidence
/// for an officer, below weak it is not covered.
/// </summary>
public sealed record MatchThresholds(double Strong = 0.6, double Weak = 0.3);
