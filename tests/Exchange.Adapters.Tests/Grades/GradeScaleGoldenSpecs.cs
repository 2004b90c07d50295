using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Tests.Grades;

/// <summary>Golden values from reference.md §3.</summary>
public class GradeScaleGoldenSpecs
{
    [Theory]
    [InlineData("A", 95, 100, 4.00, true)]
    [InlineData("A-", 90, 94, 3.67, true)]
    [InlineData("B+", 85, 89, 3.33, true)]
    [InlineData("B", 80, 84, 3.00, true)]
    [InlineData("B-", 75, 79, 2.67, true)]
    [InlineData("C+", 70, 74, 2.33, true)]
    [InlineData("C", 65, 69, 2.00, true)]
    [InlineData("C-", 60, 64, 1.67, true)]
    [InlineData("D+", 55, 59, 1.33, true)]
    [InlineData("D-", 50, 54, 1.00, true)]
    [InlineData("FX", 25, 49, 0.50, false)]
    [InlineData("F", 0, 24, 0.00, false)]
    public void Kazakh_letter_scale(string letter, int low, int high, double gpa, bool passing)
    {
        var scale = GradeScales.CreateKazakhLetter();

        Assert.True(scale.TryGetBand(letter, out var band));
        Assert.Equal((low, high, (decimal)gpa, passing), (band.Low, band.High, band.Gpa!.Value, band.Passing));
    }

    [Theory]
    [InlineData("D")]
    [InlineData("D−")]
    public void Kazakh_older_spellings_of_the_lowest_pass_are_accepted(string spelling)
    {
        Assert.True(GradeScales.CreateKazakhLetter().TryGetBand(spelling, out var band));
        Assert.Equal("D-", band.Label);
    }

    [Theory]
    [InlineData(100, "A", 5)]
    [InlineData(90, "A", 5)]
    [InlineData(89, "B", 4)]
    [InlineData(82, "B", 4)]
    [InlineData(81, "C", 4)]
    [InlineData(75, "C", 4)]
    [InlineData(74, "D", 3)]
    [InlineData(64, "D", 3)]
    [InlineData(63, "E", 3)]
    [InlineData(60, "E", 3)]
    [InlineData(59, "FX", 2)]
    [InlineData(35, "FX", 2)]
    [InlineData(34, "F", 2)]
    [InlineData(0, "F", 2)]
    public void Ukrainian_default_bands_and_national_grades(int points, string letter, int national)
    {
        var band = GradeScales.CreateUkrainian100().BandAt(points);

        Assert.Equal(letter, band.Label);
        Assert.Equal(national, GradeScales.UkrainianNational[band.Label]);
        Assert.Equal(points >= 60, band.Passing);
    }

    [Theory]
    [InlineData(80, "C", "B")] // variant B (KUEI): B starts at 80
    [InlineData(66, "D", "D")]
    [InlineData(64, "D", "E")] // variant B: E is 60–64
    public void The_issuers_band_table_decides_the_letter_not_the_default(int points, string defaultLetter, string issuerLetter)
    {
        IReadOnlyList<GradeBand> variantB =
        [
            new("F", 1, 34, false), new("FX", 35, 59, false), new("E", 60, 64, true), new("D", 65, 69, true),
            new("C", 70, 79, true), new("B", 80, 89, true), new("A", 90, 100, true),
        ];

        Assert.Equal(defaultLetter, GradeScales.CreateUkrainian100().BandAt(points).Label);
        Assert.Equal(issuerLetter, GradeScales.CreateUkrainian100(variantB).BandAt(points).Label);
    }

    [Theory]
    [InlineData(10, "A", true)]
    [InlineData(9, "A", true)]
    [InlineData(8, "B", true)]
    [InlineData(7, "C", true)]
    [InlineData(6, "D", true)]
    [InlineData(5, "E", true)]
    [InlineData(4, "E/FX", true)]
    [InlineData(3, "F", false)]
    [InlineData(1, "F", false)]
    public void Latvian_ten_point_scale_passes_at_4(int grade, string ects, bool passing)
    {
        var band = GradeScales.CreateLatvian10().BandAt(grade);

        Assert.Equal((ects, passing), (band.EctsLetter, band.Passing));
    }

    [Fact]
    public void Some_Latvian_issuers_pass_at_5()
    {
        var scale = GradeScales.CreateLatvian10(passMark: 5);

        Assert.False(scale.BandAt(4).Passing);
        Assert.True(scale.BandAt(5).Passing);
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("E", true)]
    [InlineData("FX", false)]
    [InlineData("F", false)]
    public void ECTS_letters_pass_from_E(string letter, bool passing)
    {
        Assert.True(GradeScales.CreateEctsLetters().TryGetBand(letter, out var band));
        Assert.Equal(passing, band.Passing);
    }
}
