using System.Globalization;

namespace Exchange.Adapters.Common;

/// <summary>
/// A closed interval. Conversions with a range factor (legacy Kazakh credits, clock hours) produce a
/// range rather than an invented point value; a point is a range whose ends coincide.
/// </summary>
public readonly record struct DecimalRange
{
    public DecimalRange(decimal min, decimal max)
    {
        if (max < min)
        {
            throw new ArgumentException("A range's maximum cannot be below its minimum.", nameof(max));
        }

        Min = min;
        Max = max;
    }

    public decimal Min { get; }

    public decimal Max { get; }

    public bool IsPoint => Min == Max;

    public static DecimalRange Point(decimal value) => new(value, value);

    public static DecimalRange Zero => default;

    public bool Contains(decimal value) => value >= Min && value <= Max;

    public DecimalRange Add(DecimalRange other) => new(Min + other.Min, Max + other.Max);

    /// <summary>Multiplies by a non-negative factor range.</summary>
    public DecimalRange Multiply(DecimalRange factor) => new(Min * factor.Min, Max * factor.Max);

    /// <summary>Divides by a positive factor range (the inverse of <see cref="Multiply"/>).</summary>
    public DecimalRange Divide(DecimalRange factor) => new(Min / factor.Max, Max / factor.Min);

    public DecimalRange Round(int decimals) =>
        new(Math.Round(Min, decimals, MidpointRounding.AwayFromZero), Math.Round(Max, decimals, MidpointRounding.AwayFromZero));

    public override string ToString() =>
        IsPoint
            ? Min.ToString("0.##", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Min:0.##}–{Max:0.##}");
}
