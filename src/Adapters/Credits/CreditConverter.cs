using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Credits;

/// <summary>
/// Converts workloads to ECTS and from ECTS to a host unit, table-driven and date-aware. A factor range
/// yields a range; an undecidable conversion (missing date or component) is reported, never guessed.
/// </summary>
public sealed class CreditConverter
{
    private static readonly Provenance Ects = new("[E4]", "ECTS credit.");
    private static readonly Provenance Ukraine = new("[U12][U13][U14]", "Ukrainian ECTS credit = 30 h = 1 ECTS.");
    private static readonly Provenance KazakhCurrent = new("[K1][K4][K5][K10]", "Kazakh academic credit (≥ 30 academic h of 50 min) = 1 ECTS.");
    private static readonly Provenance KazakhLegacy = new("[K6][K7]", "Legacy Kazakh credit × component factor range, rounded to whole credits.");
    private static readonly Provenance LatviaLegacy = new("[L1][L2]", "Latvian credit point before 11 Oct 2022 = 1.5 ECTS.");
    private static readonly Provenance LatviaCurrent = new("[L1]", "Latvian credit point from 11 Oct 2022 = 1 ECTS.");
    private static readonly Provenance Hours = new("[E4]", "Clock hours at 25–30 h per ECTS.");

    private readonly CreditTables _tables;

    public CreditConverter(CreditTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    /// <summary>Converts a stated workload to ECTS.</summary>
    /// <param name="workload">Amount, unit and unit version as printed.</param>
    /// <param name="documentDate">Issue date; selects the Latvian credit point when no version is stated.</param>
    public CreditConversion ToEcts(Workload workload, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Amount < 0)
        {
            return Failed(workload, "credits.negative", "A workload cannot be negative.");
        }

        if (workload.AmountUpper is { } upper && upper < workload.Amount)
        {
            return Failed(workload, "credits.range_inverted", "A workload range's upper bound cannot be below its amount.");
        }

        // A stated range ("150–180 h") is carried through every conversion; a point stays a point.
        var amount = workload.Stated;
        switch (workload.Unit)
        {
            case CreditUnit.Ects:
                return Done(workload, amount, DecimalRange.Point(1m), ConversionMethod.OneToOne, Ects);
            case CreditUnit.UkrainianEcts:
                return Done(workload, amount.Multiply(DecimalRange.Point(_tables.UkrainianEctsFactor)), DecimalRange.Point(_tables.UkrainianEctsFactor), ConversionMethod.OneToOne, Ukraine);
            case CreditUnit.KazakhAcademicCredit:
                return Done(workload, amount.Multiply(DecimalRange.Point(_tables.KazakhAcademicCreditFactor)), DecimalRange.Point(_tables.KazakhAcademicCreditFactor), ConversionMethod.OneToOne, KazakhCurrent);
            case CreditUnit.KazakhAcademicHours:
                var perCredit = _tables.KazakhAcademicHoursPerCredit;
                return Done(workload, new DecimalRange(amount.Min / perCredit * _tables.KazakhAcademicCreditFactor, amount.Max / perCredit * _tables.KazakhAcademicCreditFactor), DecimalRange.Point(1m / perCredit), ConversionMethod.HoursPerCredit, KazakhCurrent);
            case CreditUnit.ClockHours:
                var hours = _tables.HoursPerEcts;
                return Done(workload, new DecimalRange(amount.Min / hours.Max, amount.Max / hours.Min), new DecimalRange(1m / hours.Max, 1m / hours.Min), ConversionMethod.HoursPerCredit, Hours);
            case CreditUnit.LatvianCreditPoint:
                return LatvianFactor(workload, documentDate) is { } lv
                    ? Done(workload, amount.Multiply(DecimalRange.Point(lv.Factor)), DecimalRange.Point(lv.Factor), lv.Factor == 1m ? ConversionMethod.OneToOne : ConversionMethod.FixedFactor, lv.Provenance)
                    : Failed(workload, "credits.lv_date_needed", "A Latvian credit point needs the document date or a stated version: its value changed on 11 Oct 2022.");
            case CreditUnit.KazakhLegacyCredit:
                if (workload.UnitVersion is null || !_tables.KazakhLegacyFactors.TryGetValue(workload.UnitVersion, out var factor))
                {
                    return Failed(workload, "credits.kz_component_needed", "A legacy Kazakh credit needs its component (e.g. bachelor_theory, practice_industrial) to pick the factor.");
                }

                return Done(workload, amount.Multiply(factor).Round(0), factor, ConversionMethod.FactorRange, KazakhLegacy);
            default:
                return Failed(workload, "credits.unit_unknown", "The workload unit is not specified.");
        }
    }

    /// <summary>
    /// Converts a workload stated by part (e.g. a legacy Kazakh transcript's theory, practice and final attestation):
    /// each part with its own factor, rounded to whole credits per part as [K6][K7] prescribe, then summed — ranges
    /// add. <paramref name="printedTotal"/> stays the original shown beside the sum; without one, the parts' amounts
    /// summed stand for it. One part that cannot be converted makes the whole unconverted, naming that part.
    /// </summary>
    public CreditConversion ToEcts(Workload? printedTotal, IReadOnlyList<Workload> parts, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return printedTotal is null ? Failed(new Workload(0, CreditUnit.Unspecified), "credits.none_stated", "No workload is stated.") : ToEcts(printedTotal, documentDate);
        }

        var conversions = parts.Select(p => ToEcts(p, documentDate)).ToList();
        var original = printedTotal ?? new Workload(parts.Sum(p => p.Amount), parts[0].Unit) { AmountUpper = parts.Any(p => p.AmountUpper is not null) ? parts.Sum(p => p.Stated.Max) : null };
        var failed = conversions.FindIndex(c => !c.IsConverted);
        if (failed >= 0)
        {
            // The part's own reason, nested by its key.
            var part = (failed + 1).ToString(CultureInfo.InvariantCulture);
            var reason = conversions[failed].Why ?? throw new InvalidOperationException("An unconverted part always says why.");
            return Failed(original, Message.Of("credits.part_failed", $"Part {part}: {reason.English}",
                [MessageArgument.Of("part", part), MessageArgument.Of("reason", reason.Key), .. reason.Arguments])) with { Parts = conversions };
        }

        var sum = conversions.Aggregate(DecimalRange.Zero, (total, c) => total.Add(c.Converted));
        var factor = original.Stated.Max > 0 ? new DecimalRange(sum.Min / original.Stated.Max, sum.Max / Math.Max(original.Stated.Min, 0.0001m)) : DecimalRange.Zero;
        var method = conversions.All(c => c.Method == conversions[0].Method) ? conversions[0].Method : ConversionMethod.FactorRange;
        var provenance = conversions[0].Provenance;
        var explanation = string.Join("; ", conversions.Select(c => c.Explanation))
            + string.Create(CultureInfo.InvariantCulture, $"; parts summed = {sum} ECTS");
        return new CreditConversion(original, CreditUnit.Ects, sum, factor, method, provenance, explanation) { Parts = conversions };
    }

    /// <summary>
    /// Expresses an ECTS conversion in a host unit, keeping the document's original workload.
    /// Legacy units are accepted so a round trip can be checked; a host normally uses its current unit.
    /// </summary>
    public CreditConversion ToHost(CreditConversion ects, CreditUnit hostUnit, DateOnly asOf, string? hostUnitVersion = null)
    {
        ArgumentNullException.ThrowIfNull(ects);
        if (!ects.IsConverted)
        {
            return ects with { TargetUnit = hostUnit };
        }

        var e = ects.Converted;
        switch (hostUnit)
        {
            case CreditUnit.Ects:
                return ects;
            case CreditUnit.UkrainianEcts:
                return Host(ects, hostUnit, e.Divide(DecimalRange.Point(_tables.UkrainianEctsFactor)), Ukraine);
            case CreditUnit.KazakhAcademicCredit:
                return Host(ects, hostUnit, e.Divide(DecimalRange.Point(_tables.KazakhAcademicCreditFactor)), KazakhCurrent);
            case CreditUnit.KazakhAcademicHours:
                return Host(ects, hostUnit, new DecimalRange(e.Min * _tables.KazakhAcademicHoursPerCredit, e.Max * _tables.KazakhAcademicHoursPerCredit), KazakhCurrent);
            case CreditUnit.ClockHours:
                return Host(ects, hostUnit, new DecimalRange(e.Min * _tables.HoursPerEcts.Min, e.Max * _tables.HoursPerEcts.Max), Hours);
            case CreditUnit.LatvianCreditPoint:
                var lv = LatvianFactor(new Workload(0, hostUnit, hostUnitVersion), asOf)!.Value;
                return Host(ects, hostUnit, e.Divide(DecimalRange.Point(lv.Factor)), lv.Provenance);
            case CreditUnit.KazakhLegacyCredit when hostUnitVersion is not null && _tables.KazakhLegacyFactors.TryGetValue(hostUnitVersion, out var f):
                return Host(ects, hostUnit, e.Divide(f), KazakhLegacy);
            default:
                return Failed(ects.Original, "credits.host_unit_unknown", "The host unit cannot be derived from ECTS.") with { TargetUnit = hostUnit };
        }
    }

    private (decimal Factor, Provenance Provenance)? LatvianFactor(Workload workload, DateOnly? documentDate)
    {
        bool? current = workload.UnitVersion switch
        {
            "legacy" => false,
            "2022" => true,
            _ => documentDate is { } d ? d >= _tables.LatvianCurrentFrom : null,
        };
        return current switch
        {
            true => (_tables.LatvianCurrentFactor, LatviaCurrent),
            false => (_tables.LatvianLegacyFactor, LatviaLegacy),
            null => null,
        };
    }

    private static CreditConversion Done(Workload original, DecimalRange converted, DecimalRange factor, ConversionMethod method, Provenance provenance) =>
        new(original, CreditUnit.Ects, converted, factor, method, provenance,
            string.Create(CultureInfo.InvariantCulture, $"{original.Stated} {original.Unit}{(original.Unit == CreditUnit.KazakhLegacyCredit && original.UnitVersion is { } part ? " (" + part + ")" : "")} = {converted} ECTS ({provenance.Note})"));

    private static CreditConversion Host(CreditConversion ects, CreditUnit hostUnit, DecimalRange converted, Provenance provenance) =>
        ects with
        {
            TargetUnit = hostUnit,
            Converted = converted,
            Provenance = new Provenance(ects.Provenance.SourceKeys + provenance.SourceKeys, ects.Provenance.Note + " " + provenance.Note, ects.Provenance.Verified && provenance.Verified),
            Explanation = string.Create(CultureInfo.InvariantCulture, $"{ects.Explanation}; = {converted} {hostUnit}"),
        };

    private static CreditConversion Failed(Workload original, string key, string why) => Failed(original, Message.Of(key, why));

    private static CreditConversion Failed(Workload original, Message why) =>
        new(original, CreditUnit.Ects, DecimalRange.Zero, DecimalRange.Zero, ConversionMethod.None, new Provenance("", why.English, Verified: false), why.English)
        {
            Why = why,
        };
}
