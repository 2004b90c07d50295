using Exchange.Adapters.Common;
using Exchange.Adapters.Credits;

namespace Exchange.Adapters.Tests.Credits;

/// <summary>Golden values from reference.md §2 / §8 credits_to_ects.</summary>
public class CreditConversionGoldenSpecs
{
    private static readonly CreditConverter Converter = new(CreditTables.Default);
    private static readonly DateOnly Recent = new(2025, 1, 1);

    [Theory]
    [InlineData(CreditUnit.Ects, 6, 6)]
    [InlineData(CreditUnit.UkrainianEcts, 6, 6)]
    [InlineData(CreditUnit.KazakhAcademicCredit, 5, 5)]
    [InlineData(CreditUnit.KazakhAcademicHours, 150, 5)]
    public void Units_equal_to_ECTS_convert_to_a_point(CreditUnit unit, decimal amount, decimal ects)
    {
        var conversion = Converter.ToEcts(new Workload(amount, unit), Recent);

        Assert.Equal(DecimalRange.Point(ects), conversion.Converted);
        Assert.Equal(amount, conversion.Original.Amount);
        Assert.Equal(unit, conversion.Original.Unit);
    }

    [Fact]
    public void Clock_hours_give_a_range_at_25_to_30_hours_per_ECTS()
    {
        var conversion = Converter.ToEcts(new Workload(150, CreditUnit.ClockHours), Recent);

        Assert.Equal(new DecimalRange(5, 6), conversion.Converted);
        Assert.Equal(ConversionMethod.HoursPerCredit, conversion.Method);
    }

    [Theory]
    [InlineData("2022-10-10", 9)] // 6 KP × 1.5
    [InlineData("2022-10-11", 6)] // 6 KP × 1
    [InlineData("2019-06-20", 9)]
    public void Latvian_credit_points_depend_on_the_document_date(string issued, decimal ects) =>
        Assert.Equal(DecimalRange.Point(ects), Converter.ToEcts(new Workload(6, CreditUnit.LatvianCreditPoint), DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)).Converted);

    [Fact]
    public void A_stated_Latvian_unit_version_wins_over_the_date() =>
        Assert.Equal(DecimalRange.Point(9), Converter.ToEcts(new Workload(6, CreditUnit.LatvianCreditPoint, "legacy"), Recent).Converted);

    [Fact]
    public void A_Latvian_credit_point_without_date_is_not_guessed() =>
        Assert.False(Converter.ToEcts(new Workload(6, CreditUnit.LatvianCreditPoint), null).IsConverted);

    [Theory]
    [InlineData("bachelor_theory", 1.5, 1.8)]
    [InlineData("master_profile", 2.0, 2.4)]
    [InlineData("master_sci_ped", 2.5, 3.0)]
    [InlineData("doctorate", 3.5, 4.2)]
    [InlineData("practice_educational", 0.5, 0.6)]
    [InlineData("practice_pedagogical", 1.0, 1.2)]
    [InlineData("practice_industrial", 2.5, 3.0)]
    [InlineData("practice_research", 4.0, 4.8)]
    [InlineData("final_attestation", 3.2, 4.5)]
    public void Legacy_Kazakh_credits_yield_a_rounded_range(string component, double min, double max)
    {
        const decimal credits = 10;
        var conversion = Converter.ToEcts(new Workload(credits, CreditUnit.KazakhLegacyCredit, component), Recent);

        Assert.Equal(ConversionMethod.FactorRange, conversion.Method);
        Assert.Equal(new DecimalRange((decimal)min, (decimal)max), conversion.Factor);
        Assert.Equal(Math.Round(credits * (decimal)min, MidpointRounding.AwayFromZero), conversion.Converted.Min);
        Assert.Equal(Math.Round(credits * (decimal)max, MidpointRounding.AwayFromZero), conversion.Converted.Max);
    }

    [Fact]
    public void Legacy_Kazakh_credits_are_rounded_to_whole_credits() =>
        Assert.Equal(new DecimalRange(8, 9), Converter.ToEcts(new Workload(5, CreditUnit.KazakhLegacyCredit, "bachelor_theory"), Recent).Converted);

    [Fact]
    public void A_legacy_Kazakh_credit_without_component_is_not_guessed() =>
        Assert.False(Converter.ToEcts(new Workload(5, CreditUnit.KazakhLegacyCredit), Recent).IsConverted);

    [Theory]
    [InlineData(CreditUnit.LatvianCreditPoint, 6)]
    [InlineData(CreditUnit.UkrainianEcts, 6)]
    [InlineData(CreditUnit.KazakhAcademicCredit, 6)]
    [InlineData(CreditUnit.KazakhAcademicHours, 180)]
    public void ECTS_are_expressed_in_the_host_unit_keeping_the_original(CreditUnit host, decimal expected)
    {
        var ects = Converter.ToEcts(new Workload(6, CreditUnit.Ects), Recent);

        var hosted = Converter.ToHost(ects, host, Recent);

        Assert.Equal(DecimalRange.Point(expected), hosted.Converted);
        Assert.Equal(new Workload(6, CreditUnit.Ects), hosted.Original);
    }

    [Fact]
    public void ECTS_in_host_clock_hours_are_a_range() =>
        Assert.Equal(new DecimalRange(150, 180), Converter.ToHost(Converter.ToEcts(Workload.Ects(6), Recent), CreditUnit.ClockHours, Recent).Converted);
}
