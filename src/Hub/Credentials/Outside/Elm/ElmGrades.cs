using System.Text.Json.Nodes;
using Exchange.Adapters.Grades;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The grade of the first assessment that proves the claim (provenBy) and states one: the grade Note's text, on the
/// grading scheme its specification names. A scheme whose notation or title is a scale id of the Adapters' catalogue
/// ("LV-10", "UA-100", "ECTS" …) is that scale; any other is kept by its title, else its id, so the rules can name
/// the scale they do not know. A grade without a grading scheme keeps an empty scale id.
/// </summary>
public static class ElmGrades
{
    private static readonly string[] KnownScales =
        [GradeScales.KazakhLetter, GradeScales.Ukrainian100, GradeScales.Latvian10, GradeScales.Latvian10PassFive, GradeScales.EctsLetters];

    public static Grade? Of(JsonObject? claim)
    {
        foreach (var assessment in ElmNodes.Objects(claim?["provenBy"]))
        {
            if (ElmNodes.FirstText(assessment["grade"]) is not { } value)
            {
                continue;
            }

            var scheme = ElmNodes.First(ElmNodes.First(assessment["specifiedBy"])?["gradingScheme"]);
            return new Grade(value.Trim(), ScaleOf(scheme));
        }

        return null;
    }

    private static string ScaleOf(JsonObject? scheme)
    {
        if (scheme is null)
        {
            return "";
        }

        var names = new[] { ElmNodes.Text(scheme["notation"]) }.Concat(ElmNodes.Texts(scheme["title"]).Select(t => t.Text)).OfType<string>().ToList();
        var known = KnownScales.FirstOrDefault(k => names.Any(n => string.Equals(n.Trim(), k, StringComparison.OrdinalIgnoreCase)));
        return known ?? ElmNodes.FirstText(scheme["title"]) ?? ElmNodes.Text(scheme["notation"]) ?? ElmNodes.Id(scheme) ?? "";
    }
}
