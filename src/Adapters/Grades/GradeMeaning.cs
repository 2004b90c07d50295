namespace Exchange.Adapters.Grades;

/// <summary>
/// What a passing or failing grade says, in the four classes every scale of reference §3 names: the Ukrainian
/// national 5/4/3/2 and the Kazakh traditional excellent/good/satisfactory/fail [U15][K8]. Finer wordings
/// (Latvian "ļoti labi", ECTS "very good") keep their own name on the band and fall into one of these classes.
/// </summary>
public enum GradeMeaning
{
    Fail = 0,
    Satisfactory = 2,
    Good = 3,
    Excellent = 4,
}

/// <summary>The class of an ECTS letter or a Ukrainian national grade, by the Ukrainian table (A 5, B–C 4, D–E 3) [U15].</summary>
public static class GradeMeanings
{
    /// <summary>Lower-case code used as a message argument.</summary>
    public static string Code(GradeMeaning meaning) => meaning switch
    {
        GradeMeaning.Excellent => "excellent",
        GradeMeaning.Good => "good",
        GradeMeaning.Satisfactory => "satisfactory",
        _ => "fail",
    };

    /// <summary>National 4-point grade → class: 5 excellent, 4 good, 3 satisfactory, 2 fail [U15].</summary>
    public static GradeMeaning? FromNational(string? national) => national?.Trim() switch
    {
        "5" => GradeMeaning.Excellent,
        "4" => GradeMeaning.Good,
        "3" => GradeMeaning.Satisfactory,
        "2" => GradeMeaning.Fail,
        _ => null,
    };

    /// <summary>ECTS letter → class through its Ukrainian national grade; "E/FX" (a Latvian 4) reads as its passing letter.</summary>
    public static GradeMeaning? FromEcts(string? letter, bool passing)
    {
        if (letter is null)
        {
            return null;
        }

        if (!passing)
        {
            return GradeMeaning.Fail;
        }

        var first = letter.Split('/')[0].Trim();
        return GradeScales.UkrainianNational.TryGetValue(first, out var national)
            ? FromNational(national.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
