using System.Text.Json.Nodes;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// A graded credential's grade in Open Badges terms: a <c>ResultDescription</c> on the achievement naming the scale
/// (its name is the scale id, e.g. "UA-100"; its allowed values the issuer's bands, lowest first) and the learner's
/// <c>Result</c> pointing at it, with status Completed when the grade is a pass.
/// </summary>
public static class GradeResult
{
    public static bool Applies(Grade? grade) => grade is { Value.Length: > 0 };

    public static string DescriptionId(string achievementId) => achievementId + "#grade";

    public static JsonObject Description(Grade grade, string achievementId)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var scale = grade.ScaleId.Length > 0 ? grade.ScaleId : "grade";
        var description = new JsonObject
        {
            ["id"] = DescriptionId(achievementId),
            ["type"] = new JsonArray("ResultDescription"),
            ["name"] = grade.ScaleVersion.Length > 0 ? $"{scale} ({grade.ScaleVersion})" : scale,
            ["resultType"] = "ext:GradeScale",
        };
        var bands = grade.IssuerBandTable?.Bands.Select(b => b.Label).Where(l => l.Length > 0).Reverse().ToList() ?? [];
        if (bands.Count > 0)
        {
            description["allowedValue"] = new JsonArray([.. bands.Select(b => (JsonNode?)JsonValue.Create(b))]);
        }

        return description;
    }

    public static JsonObject Result(Grade grade, string achievementId)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var result = new JsonObject
        {
            ["type"] = new JsonArray("Result"),
            ["resultDescription"] = DescriptionId(achievementId),
            ["value"] = grade.Value,
        };
        if (grade.Passing)
        {
            result["status"] = "Completed";
        }

        return result;
    }
}
