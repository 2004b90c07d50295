using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>
/// A grading scale: ordered bands on one numeric axis, a pass mark and a maximum. Numeric scales
/// (Ukrainian 100-point, Latvian 10-point) take the number itself; letter scales take a band label.
/// </summary>
public sealed class GradeScale
{
    private readonly GradeBand[] _bands;
    private readonly Dictionary<string, GradeBand> _byLabel;

    public GradeScale(string id, IEnumerable<GradeBand> bands, decimal passMark, bool numericValues, Provenance provenance, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        Id = id;
        _bands = [.. bands.OrderBy(b => b.Low)];
        if (_bands.Length == 0)
        {
            throw new ArgumentException("A scale needs at least one band.", nameof(bands));
        }

        PassMark = passMark;
        NumericValues = numericValues;
        Provenance = provenance;
        Minimum = _bands[0].Low;
        Maximum = _bands[^1].High;
        _byLabel = new Dictionary<string, GradeBand>(StringComparer.OrdinalIgnoreCase);
        foreach (var band in _bands)
        {
            _byLabel[band.Label] = band;
        }

        if (aliases is not null)
        {
            foreach (var (alias, label) in aliases)
            {
                _byLabel[alias] = _byLabel[label];
            }
        }
    }

    public string Id { get; }

    /// <summary>Bands from lowest to highest.</summary>
    public IReadOnlyList<GradeBand> Bands => _bands;

    /// <summary>Lowest passing value on the axis.</summary>
    public decimal PassMark { get; }

    public decimal Minimum { get; }

    public decimal Maximum { get; }

    public bool NumericValues { get; }

    public Provenance Provenance { get; }

    /// <summary>Reads a grade value into an interval on this scale's axis; false if the value is not on the scale.</summary>
    public bool TryRead(string value, out DecimalRange position)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (NumericValues)
        {
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= Minimum && number <= Maximum)
            {
                position = DecimalRange.Point(number);
                return true;
            }
        }
        else if (_byLabel.TryGetValue(value.Trim(), out var band))
        {
            position = new DecimalRange(band.Low, band.High);
            return true;
        }

        position = default;
        return false;
    }

    /// <summary>The band a continuous axis value falls in, rounding down so a value never climbs a band.</summary>
    public GradeBand BandAt(decimal value)
    {
        var whole = Math.Floor(Math.Clamp(value, Minimum, Maximum));
        foreach (var band in _bands)
        {
            if (whole >= band.Low && whole <= band.High)
            {
                return band;
            }
        }

        // Gaps between bands (none in the published tables) resolve to the band below.
        var below = _bands[0];
        foreach (var band in _bands)
        {
            if (band.Low <= whole)
            {
                below = band;
            }
        }

        return below;
    }

    public bool TryGetBand(string label, out GradeBand band) => _byLabel.TryGetValue(label, out band!);

    /// <summary>The same scale with an issuer's own band table (Ukrainian Diploma Supplement §4.4).</summary>
    public GradeScale WithBands(IReadOnlyList<GradeBand> issuerBands) =>
        new(Id + "+issuer", issuerBands, PassMark, NumericValues, new Provenance(Provenance.SourceKeys, "Issuer's own band table. " + Provenance.Note, Provenance.Verified));
}
