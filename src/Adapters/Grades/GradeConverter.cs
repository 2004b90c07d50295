using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>
/// Converts a grade between scales. Prefers grade distribution tables when both sides publish one;
/// otherwise interpolates linearly with the pass mark anchored to the pass mark and the maximum to the
/// maximum, so a passing grade can never become a failing one and order is preserved.
/// </summary>
public sealed class GradeConverter
{
    private static readonly Provenance Overlap = new("[E5][E6]", "Grade distribution tables compared by cumulative overlap.");
    private static readonly Provenance Linear = new("[I9]", "Linear interpolation anchored on pass mark and maximum (fallback without distribution tables).");

    private readonly IReadOnlyDictionary<string, GradeScale> _scales;

    public GradeConverter(IReadOnlyDictionary<string, GradeScale> scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        _scales = scales;
    }

    public IReadOnlyDictionary<string, GradeScale> Scales => _scales;

    /// <summary>Converts a grade to the host scale named by id; scales come from the catalogue.</summary>
    public GradeConversion Convert(Grade grade, string hostScaleId, GradeDistributionTable? sourceTable = null, GradeDistributionTable? hostTable = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        if (!_scales.TryGetValue(grade.ScaleId, out var source) || !_scales.TryGetValue(hostScaleId, out var host))
        {
            return new GradeConversion(grade, hostScaleId, "", "", default, GradeConversionMethod.None, false, false,
                new Provenance("", "Unknown scale.", Verified: false),
                string.Create(CultureInfo.InvariantCulture, $"Scale {grade.ScaleId} or {hostScaleId} is not in the catalogue."));
        }

        return ConvertBetween(grade, source, host, sourceTable, hostTable);
    }

    /// <summary>Converts <paramref name="grade"/> from <paramref name="source"/> to <paramref name="host"/>.</summary>
    public static GradeConversion ConvertBetween(Grade grade, GradeScale source, GradeScale host, GradeDistributionTable? sourceTable = null, GradeDistributionTable? hostTable = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(host);
        if (grade.IssuerBands is { Count: > 0 } bands)
        {
            source = source.WithBands(bands);
        }

        if (!source.TryRead(grade.Value, out var position))
        {
            return new GradeConversion(grade, host.Id, "", "", default, GradeConversionMethod.None, false, false, source.Provenance,
                string.Create(CultureInfo.InvariantCulture, $"'{grade.Value}' is not a grade on scale {source.Id}."));
        }

        var passing = position.Min >= source.PassMark;
        var sourceLabel = source.NumericValues ? grade.Value : source.BandAt(position.Min).Label;
        if (passing && sourceTable is not null && hostTable is not null
            && TryOverlap(sourceLabel, sourceTable, hostTable, host, out var overlap))
        {
            return overlap with { Original = grade };
        }

        var low = MapLinear(position.Min, source, host);
        var high = MapLinear(position.Max, source, host);
        var lowBand = host.BandAt(low);
        var highBand = host.BandAt(high);
        var (lowLabel, highLabel) = (HostLabel(host, low, lowBand), HostLabel(host, high, highBand));
        return new GradeConversion(grade, host.Id, lowLabel, highLabel, new DecimalRange(low, high),
            GradeConversionMethod.LinearPassAndMaximum, passing, lowBand.Passing, Linear,
            string.Create(CultureInfo.InvariantCulture,
                $"{grade.Value} on {source.Id} (pass {source.PassMark}, max {source.Maximum}) maps linearly to {lowLabel}–{highLabel} on {host.Id} (pass {host.PassMark}, max {host.Maximum})."));
    }

    /// <summary>Piecewise-linear map: [min, pass) → [min, pass), [pass, max] → [pass, max] on the host axis.</summary>
    public static decimal MapLinear(decimal value, GradeScale source, GradeScale host)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(host);
        if (value >= source.PassMark)
        {
            var span = source.Maximum - source.PassMark;
            var share = span == 0 ? 1m : (value - source.PassMark) / span;
            return host.PassMark + (share * (host.Maximum - host.PassMark));
        }

        var failSpan = source.PassMark - source.Minimum;
        var failShare = failSpan == 0 ? 0m : (value - source.Minimum) / failSpan;
        var mapped = host.Minimum + (failShare * (host.PassMark - host.Minimum));

        // A failing grade stays below the host pass mark even after rounding down to a host band.
        return Math.Min(mapped, host.PassMark - 0.001m);
    }

    private static string HostLabel(GradeScale host, decimal value, GradeBand band) =>
        host.NumericValues ? Math.Floor(value).ToString(CultureInfo.InvariantCulture) : band.Label;

    private static bool TryOverlap(string label, GradeDistributionTable sourceTable, GradeDistributionTable hostTable, GradeScale host, out GradeConversion result)
    {
        result = null!;
        if (!sourceTable.TryGetBand(label, out var from, out var to))
        {
            return false;
        }

        string? best = null, highest = null, lowest = null;
        var bestOverlap = 0m;
        var top = 0m;
        foreach (var share in hostTable.BestFirst)
        {
            var start = top;
            var end = top + share.Percent;
            top = end;
            var overlap = Math.Min(end, to) - Math.Max(start, from);
            if (overlap <= 0)
            {
                continue;
            }

            highest ??= share.Label;
            lowest = share.Label;
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = share.Label;
            }
        }

        if (highest is null || lowest is null || !host.TryGetBand(lowest, out var lowBand) || !host.TryGetBand(highest, out var highBand))
        {
            return false;
        }

        result = new GradeConversion(new Grade(label, sourceTable.ScaleId), host.Id, lowest, highest, new DecimalRange(lowBand.Low, highBand.High),
            GradeConversionMethod.DistributionOverlap, true, true, Overlap,
            string.Create(CultureInfo.InvariantCulture,
                $"{label} covers the top {from:0.#}–{to:0.#} % of passing grades in {sourceTable.ReferenceGroup}; the host grades over that band are {lowest}–{highest}, most overlap {best}."));
        return true;
    }
}
