using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Adapters.Credits;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// Credits with their system. Open Badges' creditsAvailable / creditsEarned carry no unit, so the unit comes only from
/// a term that names it: Exchange's creditSystem (an IRI of the European credit-system vocabulary, as Exchange's
/// export writes it) or an ext:creditSystem; a figure without a stated system keeps an unspecified unit, which the
/// required-elements check names instead of the hub guessing "credit hours" or ECTS.
/// </summary>
public static class CreditSystems
{
    /// <summary>ECTS in the European credit-system vocabulary (European Digital Credentials use the same concept).</summary>
    public const string EctsConcept = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

    private static readonly Dictionary<string, CreditUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        [EctsConcept] = CreditUnit.Ects,
        ["ECTS"] = CreditUnit.Ects,
        ["ext:ECTS"] = CreditUnit.Ects,
        ["WORKLOAD_UNIT_ECTS_CREDIT"] = CreditUnit.Ects,
        ["WORKLOAD_UNIT_KZ_ACADEMIC_CREDIT"] = CreditUnit.KazakhAcademicCredit,
        ["WORKLOAD_UNIT_LV_CREDIT_POINT"] = CreditUnit.LatvianCreditPoint,
        ["WORKLOAD_UNIT_CLOCK_HOURS"] = CreditUnit.ClockHours,
    };

    /// <summary>The workload a subject and its achievement state: credits earned, else credits available, in the
    /// system the achievement (or subject) names; null when no figure is stated.</summary>
    public static Workload? Of(JsonObject? subject, JsonObject? achievement)
    {
        var amount = Number(subject?["creditsEarned"]) ?? Number(achievement?["creditsAvailable"]);
        if (amount is not { } value)
        {
            return null;
        }

        var system = SystemOf(achievement) ?? SystemOf(subject);
        return new Workload(value, system is not null && Units.TryGetValue(system, out var unit) ? unit : CreditUnit.Unspecified, null);
    }

    /// <summary>The credit system a node names: the creditSystem term, compacted or prefixed (ext:, exchange:, an IRI).</summary>
    public static string? SystemOf(JsonObject? node) => VcJwtPayload.IdOf(OpenBadgeMapper.Term(node, "creditSystem"));

    /// <summary>A non-negative JSON number (or numeric string) as a decimal.</summary>
    public static decimal? Number(JsonNode? node) => node switch
    {
        // Read from the JSON text: a value the document parsed and one a builder set hold numbers differently.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 => d,
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(v.GetValue<string>(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };
}
