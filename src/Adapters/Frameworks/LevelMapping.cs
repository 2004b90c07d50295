using Exchange.Adapters.Common;

namespace Exchange.Adapters.Frameworks;

/// <summary>
/// The result of placing a level claim on the EQF. <see cref="Eqf"/> is null when the level has no EQF
/// partner (Ukrainian NQF 0) or the table has no entry; <see cref="Explanation"/> then says why.
/// </summary>
public sealed record LevelMapping(
    LevelClaim Source,
    LevelRange? Eqf,
    MappingMethod Method,
    string FrameworkVersionUsed,
    Provenance Provenance,
    string Explanation)
{
    public bool IsMapped => Eqf is not null;

    /// <summary>Why an unmapped level has no EQF place, as a message key with arguments; null when mapped.</summary>
    public Message? Why { get; init; }
}
