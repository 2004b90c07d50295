namespace Exchange.Adapters.Credentials;

/// <summary>What a qualification opens in the country that awarded it (LRC Art. IV.1, IV.3, VI.3) [R1].</summary>
public enum AccessKind
{
    Unspecified = 0,

    /// <summary>Further study, up to <see cref="AccessRight.EqfLevel"/>.</summary>
    FurtherStudy,

    /// <summary>The labour market; alone, it means no access to further study [R7].</summary>
    Employment,

    /// <summary>The right to practise a regulated profession, named in <see cref="AccessRight.Profession"/>.</summary>
    RegulatedProfession,
}

/// <summary>
/// One access right of a credential. <see cref="Source"/> says who states it: <see cref="Document"/> (the issuer's
/// own statement, which always wins) or the national data it was derived from, e.g. "national:UA-degrees".
/// </summary>
/// <param name="EqfLevel">For further study: the highest EQF level of programmes it opens; null when not stated.</param>
/// <param name="Profession">For a regulated profession: its name or code.</param>
public sealed record AccessRight(AccessKind Kind, int? EqfLevel = null, string? Profession = null, string Source = AccessRight.Document)
{
    /// <summary>The source of a right the document states itself.</summary>
    public const string Document = "document";

    /// <summary>True when the right was derived from national data rather than read from the document.</summary>
    public bool IsDerived => Source.StartsWith("national:", StringComparison.Ordinal);

    /// <summary>A short code of the right for evidence and arguments, e.g. "further_study:7", "employment".</summary>
    public string Code => Kind switch
    {
        AccessKind.FurtherStudy => EqfLevel is { } level ? "further_study:" + level.ToString(System.Globalization.CultureInfo.InvariantCulture) : "further_study",
        AccessKind.Employment => "employment",
        AccessKind.RegulatedProfession => Profession is { Length: > 0 } p ? "regulated_profession:" + p : "regulated_profession",
        _ => "unspecified",
    };
}
