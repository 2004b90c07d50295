using System.Text.Json.Nodes;
using Exchange.Adapters.Grades;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// A grade from an OB 3.0 Result: the learner's result value with the scale its ResultDescription names. Only a
/// grade on a named scale (resultType ext:GradeScale, as Exchange's export writes it, or a LetterGrade /
/// GradePointAverage / Percent description) is read; the scale id is the description's name without a stated
/// version ("UA-100 (2015)" → "UA-100"), so the Adapters' grade tables can read the value.
/// </summary>
public static class GradeResults
{
    private static readonly string[] GradeTypes = ["ext:GradeScale", "LetterGrade", "GradePointAverage", "Percent"];

    public static Grade? Of(JsonObject? subject, JsonObject? achievement)
    {
        var descriptions = (achievement?["resultDescription"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var result in (subject?["result"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var value = VcJwtPayload.Text(result["value"]);
            var described = VcJwtPayload.Text(result["resultDescription"]);
            var description = descriptions.FirstOrDefault(d => VcJwtPayload.Text(d["id"]) == described);
            if (value is null || description is null || !GradeTypes.Contains(VcJwtPayload.Text(description["resultType"]) ?? "", StringComparer.Ordinal))
            {
                continue;
            }

            var name = VcJwtPayload.Text(description["name"]) ?? "";
            var scale = name.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? name[..cut] : name;
            return new Grade(value, scale);
        }

        return null;
    }
}
