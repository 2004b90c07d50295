using Exchange.Adapters.Grades;

namespace Exchange.Adapters.Tests.Grades;

/// <summary>What each band of the standard scales means, as reference.md §3 gives it, with its source per block.</summary>
public class GradeMeaningGoldenSpecs
{
    // [K8][K9][K10] reference §3.1: traditional excellent / good / satisfactory / fail; C+ "good" (some tables: satisfactory).
    [Theory]
    [InlineData("A", GradeMeaning.Excellent)]
    [InlineData("A-", GradeMeaning.Excellent)]
    [InlineData("B+", GradeMeaning.Good)]
    [InlineData("B", GradeMeaning.Good)]
    [InlineData("B-", GradeMeaning.Good)]
    [InlineData("C+", GradeMeaning.Good)]
    [InlineData("C", GradeMeaning.Satisfactory)]
    [InlineData("C-", GradeMeaning.Satisfactory)]
    [InlineData("D+", GradeMeaning.Satisfactory)]
    [InlineData("D-", GradeMeaning.Satisfactory)]
    [InlineData("FX", GradeMeaning.Fail)]
    [InlineData("F", GradeMeaning.Fail)]
    public void Kazakh_letters_keep_their_traditional_meaning(string letter, GradeMeaning meaning)
    {
        Assert.True(GradeScales.CreateKazakhLetter().TryGetBand(letter, out var band));
        Assert.Equal(meaning, band.Meaning);
    }

    // [U15] reference §3.2: national 5 відмінно, 4 добре, 3 задовільно, 2 fail; the ECTS letter and the national grade share the band.
    [Theory]
    [InlineData(95, "A", "5", GradeMeaning.Excellent, "відмінно (excellent)")]
    [InlineData(85, "B", "4", GradeMeaning.Good, "добре (good)")]
    [InlineData(78, "C", "4", GradeMeaning.Good, "добре (good)")]
    [InlineData(70, "D", "3", GradeMeaning.Satisfactory, "задовільно (satisfactory)")]
    [InlineData(61, "E", "3", GradeMeaning.Satisfactory, "задовільно (satisfactory)")]
    [InlineData(40, "FX", "2", GradeMeaning.Fail, "незадовільно (fail, re-sit)")]
    [InlineData(10, "F", "2", GradeMeaning.Fail, "незадовільно (fail, repeat course)")]
    public void Ukrainian_bands_state_letter_national_grade_and_meaning_together(int points, string letter, string national, GradeMeaning meaning, string name)
    {
        var band = GradeScales.CreateUkrainian100().BandAt(points);

        Assert.Equal((letter, national, meaning, name), (band.EctsLetter, band.National, band.Meaning, band.Name));
        Assert.Equal(national, GradeScales.UkrainianNational[letter].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // [L9] reference §3.3: 10 izcili … 4 gandrīz viduvēji = lowest pass, 3–1 fail; class via the ECTS hint.
    [Theory]
    [InlineData(10, "izcili (with distinction)", GradeMeaning.Excellent)]
    [InlineData(9, "teicami (excellent)", GradeMeaning.Excellent)]
    [InlineData(8, "ļoti labi (very good)", GradeMeaning.Good)]
    [InlineData(7, "labi (good)", GradeMeaning.Good)]
    [InlineData(6, "gandrīz labi (almost good)", GradeMeaning.Satisfactory)]
    [InlineData(5, "viduvēji (satisfactory)", GradeMeaning.Satisfactory)]
    [InlineData(4, "gandrīz viduvēji (almost satisfactory)", GradeMeaning.Satisfactory)]
    [InlineData(3, "unsatisfactory", GradeMeaning.Fail)]
    [InlineData(1, "unsatisfactory", GradeMeaning.Fail)]
    public void Latvian_grades_keep_their_words(int grade, string name, GradeMeaning meaning)
    {
        var band = GradeScales.CreateLatvian10().BandAt(grade);

        Assert.Equal((name, meaning), (band.Name, band.Meaning));
    }

    [Fact]
    public void A_Latvian_4_is_a_fail_where_the_issuer_passes_at_5() =>
        Assert.Equal(GradeMeaning.Fail, GradeScales.CreateLatvian10(passMark: 5).BandAt(4).Meaning);

    // [E7] the ECTS grading scale's words; classes by the Ukrainian national table [U15].
    [Theory]
    [InlineData("A", "excellent", GradeMeaning.Excellent)]
    [InlineData("B", "very good", GradeMeaning.Good)]
    [InlineData("C", "good", GradeMeaning.Good)]
    [InlineData("D", "satisfactory", GradeMeaning.Satisfactory)]
    [InlineData("E", "sufficient", GradeMeaning.Satisfactory)]
    [InlineData("FX", "fail, some more work required", GradeMeaning.Fail)]
    [InlineData("F", "fail", GradeMeaning.Fail)]
    public void ECTS_letters_keep_their_words(string letter, string name, GradeMeaning meaning)
    {
        Assert.True(GradeScales.CreateEctsLetters().TryGetBand(letter, out var band));
        Assert.Equal((name, meaning), (band.Name, band.Meaning));
    }

    [Fact]
    public void Every_standard_scale_names_all_four_meanings_in_order_of_the_axis()
    {
        foreach (var scale in GradeScales.CreateCatalog().Values)
        {
            var meanings = scale.Bands.Select(b => b.Meaning!.Value).ToList();

            Assert.Equal(meanings.Order(), meanings);
            Assert.Equal([GradeMeaning.Fail, GradeMeaning.Satisfactory, GradeMeaning.Good, GradeMeaning.Excellent], meanings.Distinct());
            Assert.All(scale.Bands, b => Assert.Equal(b.Passing, b.Meaning != GradeMeaning.Fail));
        }
    }
}
