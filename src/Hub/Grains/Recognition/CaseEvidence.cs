using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Text;

namespace Exchange.Hub.Grains.Recognition;

// What the rules compared, kept with the case so an officer can put the foreign credential and the host requirement
// side by side: each value as stated, as converted, by which table and from which source. Cases assessed before
// these were kept have none; the console says so rather than rebuilding them from today's tables.

/// <summary>A level placed on the EQF: the level as stated, the EQF band, how and by which table (with its sources).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseLevelMapping")]
public sealed record CaseLevelMapping(
    [property: Id(0)] QualificationFramework Framework,
    [property: Id(1)] int Level,
    [property: Id(2)] string? DeclaredVersion,
    [property: Id(3)] int? EqfMin,
    [property: Id(4)] int? EqfMax,
    [property: Id(5)] MappingMethod Method,
    [property: Id(6)] string TableVersion,
    [property: Id(7)] string SourceKeys,
    [property: Id(8)] string SourceNote,
    [property: Id(9)] bool SourceVerified,
    [property: Id(10)] string Explanation)
{
    public static CaseLevelMapping From(LevelMapping m) => new(
        m.Source.Framework, m.Source.Level, m.Source.FrameworkVersion, m.Eqf?.Min, m.Eqf?.Max, m.Method,
        m.FrameworkVersionUsed, m.Provenance.SourceKeys, m.Provenance.Note, m.Provenance.Verified, m.Explanation);
}

/// <summary>A workload converted to another unit: original, the converted range, the factor range and the method.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCreditConversion")]
public sealed record CaseCreditConversion(
    [property: Id(0)] decimal Amount,
    [property: Id(1)] CreditUnit Unit,
    [property: Id(2)] decimal ConvertedMin,
    [property: Id(3)] decimal ConvertedMax,
    [property: Id(4)] CreditUnit ConvertedUnit,
    [property: Id(5)] decimal FactorMin,
    [property: Id(6)] decimal FactorMax,
    [property: Id(7)] ConversionMethod Method,
    [property: Id(8)] string SourceKeys,
    [property: Id(9)] string Explanation)
{
    /// <summary>Upper end of the original when it was stated as a range.</summary>
    [Id(50)] public decimal? AmountUpper { get; init; }

    /// <summary>The programme part the amount belongs to (legacy Kazakh credits: "bachelor_theory", …).</summary>
    [Id(51)] public string? Component { get; init; }

    /// <summary>For a workload stated by part: each part's conversion, summed into this one.</summary>
    [Id(52)] public IReadOnlyList<CaseCreditConversion> Parts { get; init; } = [];

    public static CaseCreditConversion From(CreditConversion c) => new(
        c.Original.Amount, c.Original.Unit, c.Converted.Min, c.Converted.Max, c.TargetUnit, c.Factor.Min, c.Factor.Max,
        c.Method, c.Provenance.SourceKeys, c.Explanation)
    {
        AmountUpper = c.Original.Stated.IsPoint ? null : c.Original.Stated.Max,
        Component = c.Original.Unit == CreditUnit.KazakhLegacyCredit ? c.Original.UnitVersion : null,
        Parts = [.. c.Parts.Select(From)],
    };
}

/// <summary>The host level the lowest EQF level of the file corresponds to, with the table's sources.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseHostLevel")]
public sealed record CaseHostLevel(
    [property: Id(0)] int EqfLevel,
    [property: Id(1)] QualificationFramework? Framework,
    [property: Id(2)] int? Level,
    [property: Id(3)] string SourceKeys,
    [property: Id(4)] string SourceNote,
    [property: Id(5)] string Explanation)
{
    public static CaseHostLevel From(HostLevelMapping m) => new(
        m.EqfLevel, m.HostLevel?.Framework, m.HostLevel?.Level, m.Provenance.SourceKeys, m.Provenance.Note, m.Explanation);
}

/// <summary>One credential as the rules read it: its level and workload mapped, profile and quality assurance as stated.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCredentialEvidence")]
public sealed record CaseCredentialEvidence(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] CaseLevelMapping? Level,
    [property: Id(2)] CaseCreditConversion? Credits,
    [property: Id(3)] string? FieldCode,
    [property: Id(4)] Orientation Orientation,
    [property: Id(5)] QualityAssuranceType? QualityAssurance,
    [property: Id(6)] string? QualityAgency,
    [property: Id(7)] DateOnly? QualityValidUntil)
{
    /// <summary>What the credential gives access to at home, as the rules read it (stated, or derived from national data).</summary>
    [Id(40)] public IReadOnlyList<CaseAccessRight> AccessRights { get; init; } = [];

    /// <summary>For derived rights: the reference keys of the national data and whether they are verified; null when stated.</summary>
    [Id(41)] public string? AccessDerivation { get; init; }

    /// <summary>The QA register's answer on the assessment date; null when the register had nothing to say (or the
    /// case was assessed before the register was consulted).</summary>
    [Id(60)] public CaseQualityRegisterEvidence? QualityRegister { get; init; }
}

/// <summary>One access right of a credential (LRC Art. IV.1) with its source: "document" or the national data it was derived from.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseAccessRight")]
public sealed record CaseAccessRight(
    [property: Id(0)] AccessKind Kind,
    [property: Id(1)] int? EqfLevel,
    [property: Id(2)] string? Profession,
    [property: Id(3)] string Source)
{
    public static CaseAccessRight From(AccessRight right) => new(right.Kind, right.EqfLevel, right.Profession, right.Source);

    /// <summary>The right in words, for evidence lists and the console: "further study up to EQF 7 (document)".</summary>
    public string Describe() => Kind switch
    {
        AccessKind.FurtherStudy when EqfLevel is { } level => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"further study up to EQF {level} ({Source})"),
        AccessKind.FurtherStudy => $"further study, level not stated ({Source})",
        AccessKind.Employment => $"employment ({Source})",
        AccessKind.RegulatedProfession => $"regulated profession {Profession ?? "not named"} ({Source})",
        _ => $"not stated ({Source})",
    };
}

/// <summary>What the hub's quality-assurance register said about one credential when the case was assessed.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseQualityRegisterEvidence")]
public sealed record CaseQualityRegisterEvidence(
    [property: Id(0)] string? AgencyId,
    [property: Id(1)] string? AgencyDeqarId,
    [property: Id(2)] string? ClaimedDeqarId,
    [property: Id(3)] bool ClaimedDeqarIdKnown,
    [property: Id(4)] bool EqarRegistered,
    [property: Id(5)] DateOnly? EqarRegisteredFrom,
    [property: Id(6)] DateOnly? EqarRegisteredUntil,
    [property: Id(7)] bool NationallyRecognised,
    [property: Id(8)] string AgencySource,
    [property: Id(9)] CaseRegisterListing? InstitutionListing,
    [property: Id(10)] CaseRegisterListing? ProgrammeListing)
{
    public static CaseQualityRegisterEvidence From(QualityRegisterEvidence e) => new(
        e.AgencyId, e.AgencyDeqarId, e.ClaimedDeqarId, e.ClaimedDeqarIdKnown, e.EqarRegistered, e.EqarRegisteredFrom, e.EqarRegisteredUntil,
        e.NationallyRecognised, e.AgencySource, CaseRegisterListing.From(e.InstitutionListing), CaseRegisterListing.From(e.ProgrammeListing));
}

/// <summary>A listing of the register as it bore on the assessment date.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseRegisterListing")]
public sealed record CaseRegisterListing(
    [property: Id(0)] string ListingId,
    [property: Id(1)] string AgencyId,
    [property: Id(2)] DateOnly? ValidUntil,
    [property: Id(3)] bool ValidOnDate)
{
    public static CaseRegisterListing? From(RegisterListing? l) => l is null ? null : new(l.ListingId, l.AgencyId, l.ValidUntil, l.ValidOnDate);
}

/// <summary>The host requirement's level and workload as the rules compared them (in EQF and ECTS).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseTargetEvidence")]
public sealed record CaseTargetEvidence(
    [property: Id(0)] CaseLevelMapping? Level,
    [property: Id(1)] CaseCreditConversion? Ects);

/// <summary>How one outcome of the host requirement is evidenced by the credentials' outcomes: the best match, by
/// which method, in which language the texts were compared (null for a skill URI or no common language), with the
/// terms shared and missing.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseOutcomeMatch")]
public sealed record CaseOutcomeMatch(
    [property: Id(0)] int TargetIndex,
    [property: Id(1)] string TargetOutcome,
    [property: Id(2)] CoverageStatus Status,
    [property: Id(3)] MatchMethod Method,
    [property: Id(4)] double Score,
    [property: Id(5)] int? SourceCredential,
    [property: Id(6)] string? SourceText,
    [property: Id(7)] IReadOnlyList<string> MatchedTerms,
    [property: Id(8)] IReadOnlyList<string> MissingTerms,
    [property: Id(80)] string? Language = null)
{
    public static CaseOutcomeMatch From(OutcomeCoverage o) => new(
        o.TargetIndex, o.TargetOutcome, o.Status, o.Method, o.Score, o.SourceCredential, o.SourceText,
        [.. o.MatchedTerms], [.. o.MissingTerms], o.Language);
}
