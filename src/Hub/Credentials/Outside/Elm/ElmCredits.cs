using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Adapters.Credits;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The workload of a claim. Credits: the claim's creditReceived, else its specification's creditPoint — a CreditPoint
/// names its system by a concept of the European credit vocabulary (ECTS: …/education-credit/6fcec5c5af) and its
/// figure as a string ("point": "6"). A claim stating no credits adds up its parts (hasPart), so the top-most node
/// stating credits on each path counts and nothing is counted twice. A system the hub does not know keeps the figure
/// with an unspecified unit and is named. Without credits, the volume of learning (or an activity's workload) in
/// hours of an ISO 8601 duration ("PT60H") is the workload in clock hours; the hours are kept beside credits too.
/// </summary>
public static partial class ElmCredits
{
    /// <summary>Parts followed below a claim, and nodes read in all: an EDC nests a programme's modules a few levels deep.</summary>
    public const int MaxPartDepth = 16;

    public const int MaxNodes = 2_000;

    private static readonly Dictionary<string, CreditUnit> Systems = new(StringComparer.Ordinal)
    {
        [CreditSystems.EctsConcept] = CreditUnit.Ects,
    };

    public sealed record Result(Workload? Workload, decimal? Hours, string? Note);

    private sealed record Credits(decimal Amount, CreditUnit Unit, string System);

    public static Result Of(JsonObject? claim)
    {
        var budget = MaxNodes;
        var credits = Collect(claim, 0, ref budget);
        var specification = ElmNodes.First(claim?["specifiedBy"]);
        var hours = Hours(specification?["volumeOfLearning"]) ?? Hours(claim?["workload"]) ?? Hours(specification?["workload"]);
        if (credits.Count == 0)
        {
            return new Result(hours is { } h ? new Workload(h, CreditUnit.ClockHours) : null, hours, null);
        }

        // One figure per system; ECTS first when several systems are stated, the others named.
        var bySystem = credits.GroupBy(c => c.System, StringComparer.Ordinal)
            .Select(g => new Credits(g.Sum(c => c.Amount), g.First().Unit, g.Key))
            .OrderBy(c => c.Unit == CreditUnit.Ects ? 0 : c.Unit == CreditUnit.Unspecified ? 2 : 1)
            .ToList();
        var chosen = bySystem[0];
        var named = bySystem.Where(c => c.Unit == CreditUnit.Unspecified || c != chosen)
            .Select(c => $"{c.Amount.ToString(CultureInfo.InvariantCulture)} in {c.System}")
            .ToList();
        var note = named.Count > 0 ? "Credits in a system not converted by the hub: " + string.Join("; ", named) : null;
        return new Result(new Workload(chosen.Amount, chosen.Unit), hours, note);
    }

    /// <summary>The credits a claim states, else the sum of its parts' (each part the same way).</summary>
    private static List<Credits> Collect(JsonObject? claim, int depth, ref int budget)
    {
        if (claim is null || depth > MaxPartDepth || --budget < 0)
        {
            return [];
        }

        var own = Stated(claim);
        if (own.Count > 0)
        {
            return own;
        }

        var parts = new List<Credits>();
        foreach (var part in ElmNodes.Objects(claim["hasPart"]))
        {
            parts.AddRange(Collect(part, depth + 1, ref budget));
        }

        return parts;
    }

    /// <summary>The CreditPoints a claim states itself: creditReceived, else its specification's creditPoint.</summary>
    private static List<Credits> Stated(JsonObject claim)
    {
        var points = ElmNodes.Objects(claim["creditReceived"]).ToList();
        if (points.Count == 0)
        {
            points = [.. ElmNodes.Objects(ElmNodes.First(claim["specifiedBy"])?["creditPoint"])];
        }

        var credits = new List<Credits>();
        foreach (var point in points)
        {
            if (CreditSystems.Number(point["point"]) is not { } amount)
            {
                continue;
            }

            var framework = point["framework"];
            var system = ElmNodes.Id(framework) ?? "an unnamed credit system";
            var unit = Systems.TryGetValue(system, out var known) ? known : CreditUnit.Unspecified;
            var label = unit == CreditUnit.Unspecified && framework is JsonObject concept ? ElmNodes.FirstText(concept["prefLabel"]) : null;
            credits.Add(new Credits(amount, unit, label is null ? system : $"{label} ({system})"));
        }

        return credits;
    }

    /// <summary>The hours of an ISO 8601 duration stated in hours and minutes ("PT60H", "PT90M"); a duration in years,
    /// months, weeks or days ("P2M") is a calendar span, not study hours, and is not read.</summary>
    public static decimal? Hours(JsonNode? node)
    {
        if (ElmNodes.Text(node) is not { Length: <= 40 } text || Duration().Match(text) is not { Success: true } match)
        {
            return null;
        }

        decimal Part(string name, decimal factor) =>
            match.Groups[name].Success && decimal.TryParse(match.Groups[name].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v * factor : 0m;

        if (!match.Groups["h"].Success && !match.Groups["m"].Success)
        {
            return null;
        }

        var hours = Part("h", 1m) + Part("m", 1m / 60m);
        return decimal.Round(hours, 2);
    }

    [GeneratedRegex(@"^PT(?:(?<h>[0-9]{1,6}(?:\.[0-9]{1,4})?)H)?(?:(?<m>[0-9]{1,6}(?:\.[0-9]{1,4})?)M)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Duration();
}
