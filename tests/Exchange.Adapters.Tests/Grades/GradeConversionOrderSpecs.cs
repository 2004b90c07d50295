using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Tests.Grades;

/// <summary>The conversion order of reference §3.4/§8 and the meaning rule, one method at a time.</summary>
public class GradeConversionOrderSpecs
{
    private static readonly GradeConverter Converter = new(GradeScales.CreateCatalog());

    /// <summary>A Ukrainian issuer's Diploma Supplement 4.4 table (variant A of reference §3.2) with its ECTS letters and national grades.</summary>
    internal static IReadOnlyList<GradeBand> UkrainianIssuerBands { get; } =
    [
        new("F", 0, 34, false, "F", National: "2", Meaning: GradeMeaning.Fail), new("FX", 35, 59, false, "FX", National: "2", Meaning: GradeMeaning.Fail),
        new("E", 60, 66, true, "E", National: "3", Meaning: GradeMeaning.Satisfactory), new("D", 67, 74, true, "D", National: "3", Meaning: GradeMeaning.Satisfactory),
        new("C", 75, 81, true, "C", National: "4", Meaning: GradeMeaning.Good), new("B", 82, 89, true, "B", National: "4", Meaning: GradeMeaning.Good),
        new("A", 90, 100, true, "A", National: "5", Meaning: GradeMeaning.Excellent),
    ];

    /// <summary>An ECTS Users' Guide-style grade distribution table (2015 §4.3, Annex 2) built for this spec: passing grades of
    /// one reference group over three years, by ECTS letter of the issuer's table, best first.</summary>
    internal static GradeDistributionTable UkrainianIssuerTable { get; } = new(GradeScales.Ukrainian100, "ISCED-F 0613, 2022–2024",
        [new("A", 14), new("B", 21), new("C", 30), new("D", 22), new("E", 13)]);

    internal static GradeDistributionTable LatvianHostTable { get; } = new(GradeScales.Latvian10, "ISCED-F 0613, 2022–2024",
        [new("10", 4), new("9", 12), new("8", 22), new("7", 26), new("6", 18), new("5", 12), new("4", 6)]);

    [Fact]
    public void Tables_on_both_sides_give_the_overlapping_host_range()
    {
        var conversion = Converter.Convert(new Grade("85", GradeScales.Ukrainian100, UkrainianIssuerBands), GradeScales.Latvian10, UkrainianIssuerTable, LatvianHostTable);

        // 85 is B: the top 14–35 % of passers; Latvian 9 spans 4–16 %, 8 spans 16–38 %.
        Assert.Equal((GradeConversionMethod.DistributionOverlap, "8", "9"), (conversion.Method, conversion.HostLowest, conversion.HostHighest));
        Assert.Equal("grade.distribution_overlap", conversion.Message!.Key);
        Assert.Equal(
            "85 on UA-100 covers the top 14–35 % of passing grades in ISCED-F 0613, 2022–2024; the host grades over that band in ISCED-F 0613, 2022–2024 are 8–9 on LV-10, most overlap 8.",
            conversion.Explanation);
        Assert.Empty(conversion.Notes);
    }

    [Fact]
    public void Without_a_host_table_the_issuers_ECTS_letter_is_read_on_the_host_scale_and_the_reason_is_stated()
    {
        var conversion = Converter.Convert(new Grade("85", GradeScales.Ukrainian100, UkrainianIssuerBands), GradeScales.Latvian10, UkrainianIssuerTable);

        Assert.Equal((GradeConversionMethod.IssuerMapping, "8", "8"), (conversion.Method, conversion.HostLowest, conversion.HostHighest));
        Assert.Equal(["grade.no_host_distribution"], conversion.Notes.Select(n => n.Key));
        Assert.Equal("85 on UA-100 is ECTS B in the issuer's band table (B); the host grades with ECTS B are 8–8 on LV-10.", conversion.Explanation);
    }

    [Fact]
    public void A_host_scale_without_ECTS_letters_takes_the_issuers_national_meaning_as_a_range()
    {
        var conversion = Converter.Convert(new Grade("85", GradeScales.Ukrainian100, UkrainianIssuerBands), GradeScales.KazakhLetter);

        // National 4 "добре" is "good": Kazakh C+ … B+.
        Assert.Equal((GradeConversionMethod.IssuerMapping, "C+", "B+"), (conversion.Method, conversion.HostLowest, conversion.HostHighest));
        Assert.Equal("grade.issuer_mapping_meaning", conversion.Message!.Key);
        Assert.Equal(["grade.no_issuer_distribution"], conversion.Notes.Select(n => n.Key));
    }

    [Fact]
    public void Without_tables_or_a_published_mapping_the_linear_formula_is_used_and_both_reasons_are_stated()
    {
        var conversion = Converter.Convert(new Grade("8", GradeScales.Latvian10), GradeScales.Ukrainian100);

        Assert.Equal(GradeConversionMethod.LinearPassAndMaximum, conversion.Method);
        Assert.Equal(["grade.no_issuer_distribution", "grade.no_issuer_mapping"], conversion.Notes.Select(n => n.Key));
    }

    [Fact]
    public void A_linear_good_does_not_become_excellent()
    {
        // Kazakh B+ (85–89 %, good) maps linearly to UA 88–91.2, reaching A (відмінно); it stays within the "good" grades.
        var conversion = Converter.Convert(new Grade("B+", GradeScales.KazakhLetter), GradeScales.Ukrainian100);

        Assert.Equal(("88", "89"), (conversion.HostLowest, conversion.HostHighest));
        Assert.Equal(("B", "4", GradeMeaning.Good), (conversion.HostHighBand!.EctsLetter, conversion.HostHighBand.National, conversion.HostHighBand.Meaning));
        var moved = Assert.Single(conversion.Notes, n => n.Key == "grade.meaning_kept");
        Assert.Equal("The linear result 88–91 on UA-100 would change what B+ means; it is moved to 88–89, the nearest host grades of the same meaning.", moved.English);
    }

    [Fact]
    public void A_linear_excellent_does_not_become_good()
    {
        // UA 90 (A, відмінно) is 8.5 linearly on the Latvian scale, a "ļoti labi"; the nearest excellent Latvian grade is 9.
        var conversion = Converter.Convert(new Grade("90", GradeScales.Ukrainian100), GradeScales.Latvian10);

        Assert.Equal(("9", "9", "teicami (excellent)"), (conversion.HostLowest, conversion.HostHighest, conversion.HostLowBand!.Name));
    }

    [Fact]
    public void The_national_grade_and_the_ECTS_letter_of_a_Ukrainian_result_come_from_the_same_band()
    {
        var conversion = Converter.Convert(new Grade("7", GradeScales.Latvian10), GradeScales.Ukrainian100);

        Assert.Equal(("80", "C", "4"), (conversion.HostLowest, conversion.HostLowBand!.EctsLetter, conversion.HostLowBand.National));
    }

    [Fact]
    public void The_original_is_read_in_the_issuers_own_band()
    {
        // 66 is E in this issuer's table (60–66), D in the most common one.
        var conversion = Converter.Convert(new Grade("66", GradeScales.Ukrainian100, UkrainianIssuerBands), GradeScales.EctsLetters);

        Assert.Equal(("E", "3", "E"), (conversion.SourceBand!.EctsLetter, conversion.SourceBand.National, conversion.HostLowest));
    }

    [Fact]
    public void A_fail_is_not_looked_up_in_distribution_tables_which_hold_passing_grades_only()
    {
        var conversion = Converter.Convert(new Grade("40", GradeScales.Ukrainian100, UkrainianIssuerBands), GradeScales.Latvian10, UkrainianIssuerTable, LatvianHostTable);

        Assert.Equal(GradeConversionMethod.IssuerMapping, conversion.Method);
        Assert.Equal("grade.distribution_fail", conversion.Notes[0].Key);
        Assert.False(conversion.HostPassing);
    }
}
