using System.Globalization;
using CsCheck;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Tests.Grades;

namespace Exchange.Adapters.Tests.Properties;

/// <summary>Grade conversion invariants on generated grades and generated distribution tables.</summary>
public class GradePropertySpecs
{
    private const int Iterations = 300;
    private static readonly GradeScale[] Scales = [.. GradeScales.CreateCatalog().Values];
    private static readonly Gen<(GradeScale Source, GradeScale Host, decimal X)> AnyConversion =
        Gen.Select(Gen.Int[0, Scales.Length - 1], Gen.Int[0, Scales.Length - 1], Gen.Decimal[0m, 1m]).Select((s, h, x) => (Scales[s], Scales[h], x));

    [Fact]
    public void A_linear_result_keeps_the_meaning_of_the_source_band() =>
        AnyConversion.Sample(t =>
        {
            var grade = Position(t.Source, t.X);

            var conversion = GradeConverter.ConvertBetween(grade, t.Source, t.Host);

            Assert.Equal(GradeConversionMethod.LinearPassAndMaximum, conversion.Method);
            Assert.Equal(conversion.SourceBand!.Meaning, t.Host.BandAt(conversion.HostAxis.Min).Meaning);
            Assert.Equal(conversion.SourceBand.Meaning, t.Host.BandAt(conversion.HostAxis.Max).Meaning);
        }, iter: Iterations);

    [Fact]
    public void The_host_value_its_ECTS_letter_and_national_grade_come_from_one_band() =>
        AnyConversion.Sample(t =>
        {
            var conversion = GradeConverter.ConvertBetween(Position(t.Source, t.X), t.Source, t.Host);

            Assert.True(t.Host.TryRead(conversion.HostLowest, out var low));
            Assert.True(t.Host.TryRead(conversion.HostHighest, out var high));
            Assert.Equal(conversion.HostLowBand, t.Host.BandAt(low.Min));
            Assert.Equal(conversion.HostHighBand, t.Host.BandAt(high.Max));
            if (conversion.HostLowBand!.National is { } national)
            {
                Assert.Equal(national, GradeScales.UkrainianNational[conversion.HostLowBand.EctsLetter!].ToString(CultureInfo.InvariantCulture));
                Assert.Equal(GradeMeanings.FromNational(national), conversion.HostLowBand.Meaning);
            }
        }, iter: Iterations);

    [Fact]
    public void Distribution_tables_on_both_sides_always_win_for_a_passing_grade() =>
        Gen.Select(AnyConversion, Gen.Int[1, 40].Array[12], Gen.Int[1, 40].Array[12]).Sample((t, sourceShares, hostShares) =>
        {
            var grade = Position(t.Source, 0.6m + (t.X * 0.4m));
            var sourceTable = Table(t.Source, sourceShares);
            var hostTable = Table(t.Host, hostShares);

            var conversion = GradeConverter.ConvertBetween(grade, t.Source, t.Host, sourceTable, hostTable);

            Assert.True(conversion.SourcePassing);
            Assert.Equal(GradeConversionMethod.DistributionOverlap, conversion.Method);
            Assert.True(conversion.HostPassing);
        }, iter: Iterations);

    [Fact]
    public void The_issuers_mapping_keeps_order_and_pass_or_fail() =>
        Gen.Select(Gen.Int[0, Scales.Length - 1], Gen.Int[0, 100], Gen.Int[0, 100]).Sample((h, a, b) =>
        {
            var host = Scales[h];
            var source = GradeScales.CreateUkrainian100();
            var (worse, better) = (Issued(Math.Min(a, b)), Issued(Math.Max(a, b)));

            var low = GradeConverter.ConvertBetween(worse, source, host);
            var high = GradeConverter.ConvertBetween(better, source, host);

            Assert.Equal(GradeConversionMethod.IssuerMapping, low.Method);
            Assert.True(low.HostAxis.Min <= high.HostAxis.Min && low.HostAxis.Max <= high.HostAxis.Max, $"{worse.Value} → {low.HostAxis}, {better.Value} → {high.HostAxis}");
            Assert.Equal(low.SourcePassing, low.HostPassing);
            Assert.Equal(high.SourcePassing, high.HostPassing);
        }, iter: Iterations);

    private static Grade Issued(int points) =>
        new(points.ToString(CultureInfo.InvariantCulture), GradeScales.Ukrainian100, GradeConversionOrderSpecs.UkrainianIssuerBands);

    /// <summary>The passing bands best first, with generated shares rounded to 0.01 % that add up to exactly 100.</summary>
    private static GradeDistributionTable Table(GradeScale scale, int[] weights)
    {
        var passing = scale.Bands.Where(b => b.Passing).Reverse().ToList();
        var total = weights.Take(passing.Count).Sum();
        var shares = passing.Select((b, i) => new GradeShare(b.Label, Math.Round(weights[i] * 100m / total, 2))).ToList();
        shares[^1] = shares[^1] with { Percent = 100m - shares.Take(shares.Count - 1).Sum(s => s.Percent) };
        return new GradeDistributionTable(scale.Id, "generated", shares);
    }

    private static Grade Position(GradeScale scale, decimal share)
    {
        if (scale.NumericValues)
        {
            var value = Math.Floor(scale.Minimum + (share * (scale.Maximum - scale.Minimum)));
            return new Grade(value.ToString(CultureInfo.InvariantCulture), scale.Id);
        }

        var index = (int)Math.Min(scale.Bands.Count - 1, Math.Floor(share * scale.Bands.Count));
        return new Grade(scale.Bands[index].Label, scale.Id);
    }
}
