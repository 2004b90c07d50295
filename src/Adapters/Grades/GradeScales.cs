using System.Collections.Frozen;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>The published scales of reference §3 as data, and a catalogue keyed by scale id.</summary>
public static class GradeScales
{
    public const string KazakhLetter = "KZ-letter";
    public const string Ukrainian100 = "UA-100";
    public const string Latvian10 = "LV-10";
    public const string Latvian10PassFive = "LV-10-pass5";
    public const string EctsLetters = "ECTS";

    /// <summary>Kazakh point-rating letter scale on the percent axis; D− (older "D") lowest pass; FX/F fail [K8][K9][K10].
    /// Traditional meanings as the reference table gives them; C+ is "good" (some tables say satisfactory).</summary>
    public static GradeScale CreateKazakhLetter() => new(
        KazakhLetter,
        [
            new("F", 0, 24, false, "F", 0.00m, GradeMeaning.Fail, "fail"),
            new("FX", 25, 49, false, "FX", 0.50m, GradeMeaning.Fail, "fail, re-sit allowed"),
            new("D-", 50, 54, true, null, 1.00m, GradeMeaning.Satisfactory, "satisfactory"),
            new("D+", 55, 59, true, null, 1.33m, GradeMeaning.Satisfactory, "satisfactory"),
            new("C-", 60, 64, true, null, 1.67m, GradeMeaning.Satisfactory, "satisfactory"),
            new("C", 65, 69, true, null, 2.00m, GradeMeaning.Satisfactory, "satisfactory"),
            new("C+", 70, 74, true, null, 2.33m, GradeMeaning.Good, "good"),
            new("B-", 75, 79, true, null, 2.67m, GradeMeaning.Good, "good"),
            new("B", 80, 84, true, null, 3.00m, GradeMeaning.Good, "good"),
            new("B+", 85, 89, true, null, 3.33m, GradeMeaning.Good, "good"),
            new("A-", 90, 94, true, null, 3.67m, GradeMeaning.Excellent, "excellent"),
            new("A", 95, 100, true, null, 4.00m, GradeMeaning.Excellent, "excellent"),
        ],
        passMark: 50,
        numericValues: false,
        new Provenance("[K8][K9][K10]", "Kazakh letter/GPA scale, percent axis; D− is the lowest pass."),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["D"] = "D-", ["D−"] = "D-", ["A−"] = "A-", ["B−"] = "B-", ["C−"] = "C-" });

    /// <summary>Most common Ukrainian bands (reference §3.2 "most common"); used only when the issuer gives none [U15].</summary>
    public static IReadOnlyList<GradeBand> UkrainianDefaultBands { get; } =
    [
        new("F", 0, 34, false, "F", null, GradeMeaning.Fail, "незадовільно (fail, repeat course)", "2"),
        new("FX", 35, 59, false, "FX", null, GradeMeaning.Fail, "незадовільно (fail, re-sit)", "2"),
        new("E", 60, 63, true, "E", null, GradeMeaning.Satisfactory, "задовільно (satisfactory)", "3"),
        new("D", 64, 74, true, "D", null, GradeMeaning.Satisfactory, "задовільно (satisfactory)", "3"),
        new("C", 75, 81, true, "C", null, GradeMeaning.Good, "добре (good)", "4"),
        new("B", 82, 89, true, "B", null, GradeMeaning.Good, "добре (good)", "4"),
        new("A", 90, 100, true, "A", null, GradeMeaning.Excellent, "відмінно (excellent)", "5"),
    ];

    /// <summary>Ukrainian ECTS letter → national 4-point grade [U15].</summary>
    public static FrozenDictionary<string, int> UkrainianNational { get; } =
        new Dictionary<string, int>(StringComparer.Ordinal) { ["A"] = 5, ["B"] = 4, ["C"] = 4, ["D"] = 3, ["E"] = 3, ["FX"] = 2, ["F"] = 2 }
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ukrainian 100-point scale, pass 60 everywhere [U15].</summary>
    public static GradeScale CreateUkrainian100(IReadOnlyList<GradeBand>? issuerBands = null) => new(
        Ukrainian100,
        issuerBands ?? UkrainianDefaultBands,
        passMark: 60,
        numericValues: true,
        new Provenance("[U15]", issuerBands is null ? "Ukrainian 100-point scale with the most common bands." : "Ukrainian 100-point scale with the issuer's bands."));

    /// <summary>Latvian 10-point scale: 4 lowest pass, some issuers 5 [L9]. Words from [L9]; the class follows the
    /// grade's ECTS hint read by the Ukrainian national table (8 ≈ B and 7 ≈ C are "good", 6–4 "satisfactory").</summary>
    public static GradeScale CreateLatvian10(int passMark = 4)
    {
        string[] ects = ["", "", "", "", "E/FX", "E", "D", "C", "B", "A", "A"];
        string[] words =
        [
            "", "unsatisfactory", "unsatisfactory", "unsatisfactory", "gandrīz viduvēji (almost satisfactory)", "viduvēji (satisfactory)",
            "gandrīz labi (almost good)", "labi (good)", "ļoti labi (very good)", "teicami (excellent)", "izcili (with distinction)",
        ];
        var bands = new List<GradeBand>();
        for (var g = 1; g <= 10; g++)
        {
            var passing = g >= passMark;
            var letter = g >= 4 ? ects[g] : "F";
            bands.Add(new GradeBand(g.ToString(System.Globalization.CultureInfo.InvariantCulture), g, g, passing, letter,
                Meaning: GradeMeanings.FromEcts(letter, passing), Name: passing || g < 4 ? words[g] : words[g] + ", a fail at this issuer"));
        }

        return new GradeScale(passMark == 4 ? Latvian10 : Latvian10PassFive, bands, passMark, numericValues: true,
            new Provenance("[L9]", passMark == 4 ? "Latvian 10-point scale, 4 lowest pass." : "Latvian 10-point scale, issuer sets 5 as lowest pass."));
    }

    /// <summary>ECTS letters on a rank axis (F 0 … A 6); E lowest pass [E5][E6][E7]. Words of the ECTS grading scale
    /// (A excellent … E sufficient) [E7]; classes by the Ukrainian national table [U15].</summary>
    public static GradeScale CreateEctsLetters() => new(
        EctsLetters,
        [
            new("F", 0, 0, false, "F", Meaning: GradeMeaning.Fail, Name: "fail"),
            new("FX", 1, 1, false, "FX", Meaning: GradeMeaning.Fail, Name: "fail, some more work required"),
            new("E", 2, 2, true, "E", Meaning: GradeMeaning.Satisfactory, Name: "sufficient"),
            new("D", 3, 3, true, "D", Meaning: GradeMeaning.Satisfactory, Name: "satisfactory"),
            new("C", 4, 4, true, "C", Meaning: GradeMeaning.Good, Name: "good"),
            new("B", 5, 5, true, "B", Meaning: GradeMeaning.Good, Name: "very good"),
            new("A", 6, 6, true, "A", Meaning: GradeMeaning.Excellent, Name: "excellent"),
        ],
        passMark: 2,
        numericValues: false,
        new Provenance("[E5][E6][E7]", "ECTS letter grades, ranked; letters are relative, so a linear reading is a fallback."));

    /// <summary>All standard scales keyed by id.</summary>
    public static FrozenDictionary<string, GradeScale> CreateCatalog() =>
        new[] { CreateKazakhLetter(), CreateUkrainian100(), CreateLatvian10(), CreateLatvian10(5), CreateEctsLetters() }
            .ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
}
