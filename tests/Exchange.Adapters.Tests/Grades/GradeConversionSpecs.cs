using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Tests.Grades;

public class GradeConversionSpecs
{
    private static readonly GradeConverter Converter = new(GradeScales.CreateCatalog());

    [Fact]
    public void Linear_conversion_anchors_pass_mark_to_pass_mark_and_maximum_to_maximum()
    {
        var pass = Converter.Convert(new Grade("60", GradeScales.Ukrainian100), GradeScales.Latvian10);
        var top = Converter.Convert(new Grade("100", GradeScales.Ukrainian100), GradeScales.Latvian10);

        Assert.Equal(("4", "10"), (pass.HostLowest, top.HostHighest));
        Assert.Equal(GradeConversionMethod.LinearPassAndMaximum, pass.Method);
    }

    [Fact]
    public void A_Kazakh_letter_converts_to_a_range_because_it_spans_five_percent()
    {
        var conversion = Converter.Convert(new Grade("B", GradeScales.KazakhLetter), GradeScales.Latvian10);

        Assert.Equal(("7", "8"), (conversion.HostLowest, conversion.HostHighest));
    }

    [Fact]
    public void The_lowest_Kazakh_pass_stays_a_pass_on_a_Latvian_scale_that_passes_at_5()
    {
        var conversion = Converter.Convert(new Grade("D-", GradeScales.KazakhLetter), GradeScales.Latvian10PassFive);

        Assert.True(conversion.HostPassing);
        Assert.Equal("5", conversion.HostLowest);
    }

    [Fact]
    public void A_fail_stays_a_fail()
    {
        var conversion = Converter.Convert(new Grade("FX", GradeScales.KazakhLetter), GradeScales.Ukrainian100);

        Assert.False(conversion.SourcePassing);
        Assert.False(conversion.HostPassing);
    }

    [Fact]
    public void Distribution_tables_are_preferred_and_give_the_overlapping_host_grades()
    {
        var kz = new GradeDistributionTable(GradeScales.KazakhLetter, "ISCED-F 0613, 2023–2025",
            [new("A", 12), new("A-", 13), new("B+", 15), new("B", 20), new("B-", 15), new("C+", 10), new("C", 7), new("C-", 4), new("D+", 2), new("D-", 2)]);
        var lv = new GradeDistributionTable(GradeScales.Latvian10, "ISCED-F 0613, 2023–2025",
            [new("10", 5), new("9", 15), new("8", 25), new("7", 25), new("6", 15), new("5", 10), new("4", 5)]);

        // B covers the top 40–60 % of Kazakh passers; Latvian 8 covers 20–45 %, 7 covers 45–70 %.
        var conversion = Converter.Convert(new Grade("B", GradeScales.KazakhLetter), GradeScales.Latvian10, kz, lv);

        Assert.Equal(GradeConversionMethod.DistributionOverlap, conversion.Method);
        Assert.Equal(("7", "8"), (conversion.HostLowest, conversion.HostHighest));
        Assert.Contains("most overlap 7", conversion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuers_own_bands_are_used_when_given()
    {
        IReadOnlyList<GradeBand> variantA =
        [
            new("F", 0, 34, false), new("FX", 35, 59, false), new("E", 60, 66, true), new("D", 67, 74, true),
            new("C", 75, 81, true), new("B", 82, 89, true), new("A", 90, 100, true),
        ];

        var conversion = Converter.Convert(new Grade("65", GradeScales.Ukrainian100, variantA), GradeScales.EctsLetters);

        Assert.True(conversion.SourcePassing);
        Assert.True(conversion.HostPassing);
    }

    [Fact]
    public void A_value_off_the_scale_is_reported_not_converted() =>
        Assert.False(Converter.Convert(new Grade("11", GradeScales.Latvian10), GradeScales.Ukrainian100).IsConverted);
}
