using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>
/// Converts a grade between scales in the order of reference §3.4/§8: the overlap of both sides' grade
/// distribution tables; else the issuer's published mapping (its band's ECTS letter or national meaning read on
/// the host scale); else linear with the pass mark anchored to the pass mark and the maximum to the maximum. A
/// linear result is kept within the host grades of the source band's meaning where both scales name their bands,
/// so "good" never becomes "excellent". Each result says which method was used and why the earlier ones were not.
/// </summary>
public sealed class GradeConverter
{
    private static readonly Provenance Overlap = new("[E5][E6]", "Grade distribution tables compared by cumulative overlap.");
    private static readonly Provenance Published = new("[U15][E5]", "The issuer's band table: its ECTS letter or national grade read on the host scale.");
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
            var message = Say("grade.unknown_scale", $"Scale {grade.ScaleId} or {hostScaleId} is not in the catalogue.",
                ("scale", grade.ScaleId), ("hostScale", hostScaleId));
            return new GradeConversion(grade, hostScaleId, "", "", default, GradeConversionMethod.None, false, false,
                new Provenance("", "Unknown scale.", Verified: false), message.English) { Message = message };
        }

        return ConvertBetween(grade, source, host, sourceTable, hostTable);
    }

    /// <summary>Converts <paramref name="grade"/> from <paramref name="source"/> to <paramref name="host"/>.</summary>
    public static GradeConversion ConvertBetween(Grade grade, GradeScale source, GradeScale host, GradeDistributionTable? sourceTable = null, GradeDistributionTable? hostTable = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(host);
        var published = grade.IssuerBands is { Count: > 0 };
        if (published)
        {
            source = source.WithBands(grade.IssuerBands!);
        }

        if (!source.TryRead(grade.Value, out var position))
        {
            var message = Say("grade.not_on_scale", $"'{grade.Value}' is not a grade on scale {grade.ScaleId}.", ("value", grade.Value), ("scale", grade.ScaleId));
            return new GradeConversion(grade, host.Id, "", "", default, GradeConversionMethod.None, false, false, source.Provenance, message.English) { Message = message };
        }

        var passing = position.Min >= source.PassMark;
        var band = source.BandAt(position.Min);
        var context = new Context(grade, source, host, band, passing);
        var notes = new List<GradeMessage>();

        if (Distribution(context, sourceTable, hostTable, notes) is { } overlap)
        {
            return overlap with { Notes = notes };
        }

        if (IssuerMapping(context, published, notes) is { } mapped)
        {
            return mapped with { Notes = notes };
        }

        return LinearKeepingMeaning(context, position, notes);
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

    // (a) Both tables, a passing grade in the issuer's table, and a host grade over its cumulative band.
    private static GradeConversion? Distribution(Context c, GradeDistributionTable? sourceTable, GradeDistributionTable? hostTable, List<GradeMessage> notes)
    {
        if (sourceTable is null)
        {
            notes.Add(Say("grade.no_issuer_distribution", "The issuer publishes no grade distribution table, so distribution tables could not be compared."));
            return null;
        }

        if (hostTable is null)
        {
            notes.Add(Say("grade.no_host_distribution", "The target states no grade distribution table for its reference group, so distribution tables could not be compared."));
            return null;
        }

        if (!c.Passing)
        {
            notes.Add(Say("grade.distribution_fail", $"{c.Grade.Value} is a fail; distribution tables hold passing grades only.", ("value", c.Grade.Value)));
            return null;
        }

        var label = sourceTable.TryGetBand(c.Grade.Value, out var from, out var to) ? c.Grade.Value
            : sourceTable.TryGetBand(c.Band.Label, out from, out to) ? c.Band.Label : null;
        if (label is null)
        {
            notes.Add(Say("grade.not_in_distribution", $"{c.Grade.Value} is not a grade of the issuer's distribution table.", ("value", c.Grade.Value)));
            return null;
        }

        GradeBand? highest = null, lowest = null;
        string? best = null;
        var bestOverlap = 0m;
        var top = 0m;
        foreach (var share in hostTable.BestFirst)
        {
            var (start, end) = (top, top + share.Percent);
            top = end;
            if (Math.Min(end, to) - Math.Max(start, from) is var overlap && overlap <= 0 || !c.Host.TryGetBand(share.Label, out var hostBand))
            {
                continue;
            }

            highest ??= hostBand;
            lowest = hostBand;
            if (overlap > bestOverlap)
            {
                (bestOverlap, best) = (overlap, share.Label);
            }
        }

        if (highest is null || lowest is null)
        {
            notes.Add(Say("grade.no_distribution_overlap", $"No host grade's cumulative band overlaps {Pct(from)}–{Pct(to)} %.", ("from", Pct(from)), ("to", Pct(to))));
            return null;
        }

        var (low, high) = (Label(c.Host, lowest.Low, lowest), Label(c.Host, highest.High, highest));
        var message = Say("grade.distribution_overlap",
            $"{c.Grade.Value} on {c.Grade.ScaleId} covers the top {Pct(from)}–{Pct(to)} % of passing grades in {sourceTable.ReferenceGroup}; the host grades over that band in {hostTable.ReferenceGroup} are {low}–{high} on {c.Host.Id}, most overlap {best}.",
            ("value", c.Grade.Value), ("scale", c.Grade.ScaleId), ("from", Pct(from)), ("to", Pct(to)), ("referenceGroup", sourceTable.ReferenceGroup),
            ("hostReferenceGroup", hostTable.ReferenceGroup), ("hostLowest", low), ("hostHighest", high), ("hostScale", c.Host.Id), ("best", best));
        return Result(c, lowest, highest, new DecimalRange(lowest.Low, highest.High), GradeConversionMethod.DistributionOverlap, Overlap, message);
    }

    // (b) The issuer's band table names an ECTS letter or national grade: the host grades with that letter, else that meaning.
    private static GradeConversion? IssuerMapping(Context c, bool published, List<GradeMessage> notes)
    {
        if (!published || (c.Band.EctsLetter is null && c.Band.Meaning is null))
        {
            notes.Add(Say("grade.no_issuer_mapping", "The issuer publishes no band table with ECTS letters or national grades, so no published mapping could be used."));
            return null;
        }

        var letter = c.Band.EctsLetter?.Split('/')[0].Trim();
        var byLetter = letter is null ? [] : c.Host.Bands.Where(b => b.Passing == c.Passing && b.HasEctsLetter(letter)).ToList();
        if (byLetter.Count > 0)
        {
            var (low, high) = (Label(c.Host, byLetter[0].Low, byLetter[0]), Label(c.Host, byLetter[^1].High, byLetter[^1]));
            var message = Say("grade.issuer_mapping_ects",
                $"{c.Grade.Value} on {c.Grade.ScaleId} is ECTS {letter} in the issuer's band table ({c.Band.Label}); the host grades with ECTS {letter} are {low}–{high} on {c.Host.Id}.",
                ("value", c.Grade.Value), ("scale", c.Grade.ScaleId), ("ects", letter), ("band", c.Band.Label), ("hostLowest", low), ("hostHighest", high), ("hostScale", c.Host.Id));
            return Result(c, byLetter[0], byLetter[^1], new DecimalRange(byLetter[0].Low, byLetter[^1].High), GradeConversionMethod.IssuerMapping, Published, message);
        }

        var meaning = c.Band.Meaning ?? GradeMeanings.FromEcts(letter, c.Passing);
        var byMeaning = meaning is null ? [] : c.Host.Bands.Where(b => b.Meaning == meaning && b.Passing == c.Passing).ToList();
        if (byMeaning.Count > 0)
        {
            var (low, high) = (Label(c.Host, byMeaning[0].Low, byMeaning[0]), Label(c.Host, byMeaning[^1].High, byMeaning[^1]));
            var message = Say("grade.issuer_mapping_meaning",
                $"{c.Grade.Value} on {c.Grade.ScaleId} is {c.Band.Label} in the issuer's band table; the host grades of the same meaning are {low}–{high} on {c.Host.Id}.",
                ("value", c.Grade.Value), ("scale", c.Grade.ScaleId), ("band", c.Band.Label), ("hostLowest", low), ("hostHighest", high), ("hostScale", c.Host.Id));
            return Result(c, byMeaning[0], byMeaning[^1], new DecimalRange(byMeaning[0].Low, byMeaning[^1].High), GradeConversionMethod.IssuerMapping, Published, message);
        }

        notes.Add(Say("grade.issuer_mapping_unmatched", $"No host grade on {c.Host.Id} carries the issuer's ECTS letter or national meaning for {c.Band.Label}.",
            ("hostScale", c.Host.Id), ("band", c.Band.Label)));
        return null;
    }

    // (c) Linear, then moved into the host grades of the source band's meaning when it would land in another one.
    private static GradeConversion LinearKeepingMeaning(Context c, DecimalRange position, List<GradeMessage> notes)
    {
        var (low, high) = (MapLinear(position.Min, c.Source, c.Host), MapLinear(position.Max, c.Source, c.Host));
        if (c.Band.Meaning is { } meaning && SameMeaning(c.Host, meaning) is { } range
            && (c.Host.BandAt(low).Meaning != meaning || c.Host.BandAt(high).Meaning != meaning))
        {
            var (linearLow, linearHigh) = (Label(c.Host, low, c.Host.BandAt(low)), Label(c.Host, high, c.Host.BandAt(high)));
            (low, high) = (Math.Clamp(low, range.Min, range.Max), Math.Clamp(high, range.Min, range.Max));
            var (movedLow, movedHigh) = (Label(c.Host, low, c.Host.BandAt(low)), Label(c.Host, high, c.Host.BandAt(high)));
            notes.Add(Say("grade.meaning_kept",
                $"The linear result {linearLow}–{linearHigh} on {c.Host.Id} would change what {c.Grade.Value} means; it is moved to {movedLow}–{movedHigh}, the nearest host grades of the same meaning.",
                ("linearLowest", linearLow), ("linearHighest", linearHigh), ("hostScale", c.Host.Id), ("value", c.Grade.Value),
                ("hostLowest", movedLow), ("hostHighest", movedHigh)));
        }

        var (lowBand, highBand) = (c.Host.BandAt(low), c.Host.BandAt(high));
        var (lowLabel, highLabel) = (Label(c.Host, low, lowBand), Label(c.Host, high, highBand));
        var message = Say("grade.linear",
            $"{c.Grade.Value} on {c.Grade.ScaleId} (pass {c.Source.PassMark}, max {c.Source.Maximum}) maps linearly to {lowLabel}–{highLabel} on {c.Host.Id} (pass {c.Host.PassMark}, max {c.Host.Maximum}).",
            ("value", c.Grade.Value), ("scale", c.Grade.ScaleId), ("pass", c.Source.PassMark), ("max", c.Source.Maximum),
            ("hostLowest", lowLabel), ("hostHighest", highLabel), ("hostScale", c.Host.Id), ("hostPass", c.Host.PassMark), ("hostMax", c.Host.Maximum));
        return Result(c, lowBand, highBand, new DecimalRange(low, high), GradeConversionMethod.LinearPassAndMaximum, Linear, message) with { Notes = notes };
    }

    /// <summary>The host axis covered by the host bands of <paramref name="meaning"/>; null when the host names none.</summary>
    private static DecimalRange? SameMeaning(GradeScale host, GradeMeaning meaning)
    {
        var same = host.Bands.Where(b => b.Meaning == meaning).ToList();
        return same.Count == 0 ? null : new DecimalRange(same.Min(b => b.Low), same.Max(b => b.High));
    }

    private static GradeConversion Result(Context c, GradeBand lowBand, GradeBand highBand, DecimalRange axis, GradeConversionMethod method, Provenance provenance, GradeMessage message) =>
        new(c.Grade, c.Host.Id, message.Arguments.First(a => a.Name == "hostLowest").Value, message.Arguments.First(a => a.Name == "hostHighest").Value,
            axis, method, c.Passing, lowBand.Passing, provenance, message.English)
        {
            SourceBand = c.Band,
            HostLowBand = lowBand,
            HostHighBand = highBand,
            Message = message,
        };

    private static string Label(GradeScale host, decimal value, GradeBand band) =>
        host.NumericValues ? Math.Floor(value).ToString(CultureInfo.InvariantCulture) : band.Label;

    private static string Pct(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static GradeMessage Say(string key, FormattableString english, params (string Name, object? Value)[] arguments) =>
        new(key, english.ToString(CultureInfo.InvariantCulture), [.. arguments.Select(a => new MessageArgument(a.Name, a.Value switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => a.Value.ToString() ?? "",
        }))]);

    private static GradeMessage Say(string key, string english) => new(key, english, []);

    private sealed record Context(Grade Grade, GradeScale Source, GradeScale Host, GradeBand Band, bool Passing);
}
