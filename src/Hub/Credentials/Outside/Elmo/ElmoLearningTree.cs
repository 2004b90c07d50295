using System.Globalization;
using System.Xml;
using static Exchange.Hub.Credentials.Outside.Elmo.ElmoElements;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>What a transcript's learning-opportunity trees add up to: credits per scheme (ECTS as "ects"), engagement
/// hours, the opportunities passed, and the ones named but not counted.</summary>
public sealed record ElmoTally(
    IReadOnlyDictionary<string, decimal> Credits,
    decimal? Hours,
    IReadOnlyList<XmlElement> Passed,
    IReadOnlyList<string> NotCounted,
    IReadOnlyList<string> StatedAgain)
{
    public decimal? Ects => Credits.TryGetValue(ElmoLearningTree.Ects, out var ects) ? ects : null;
}

/// <summary>
/// Walks the learning-opportunity trees of every report (LOS, its instance under specifies, its parts under hasPart)
/// and counts credits the ELMO way: on each root-to-leaf path only the top-most node stating credits of a scheme counts
/// (the schema: "if this tree node contains ECTS credits earned, then all of its descendants and ancestors MUST NOT"),
/// so a programme's 120 ECTS and its courses' ECTS are not added together; a figure stated again below a counted node
/// is named, not added. Only passed opportunities count (a missing status means passed); a failed or in-progress one
/// is named and not counted, and its parts are read in its place. Engagement hours follow the same rule.
/// </summary>
public static class ElmoLearningTree
{
    public const string Ects = "ects";

    private const string HoursScheme = "\u0000hours";

    public static ElmoTally Tally(IEnumerable<XmlElement> roots)
    {
        var credits = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var passed = new List<XmlElement>();
        var notCounted = new List<string>();
        var statedAgain = new List<string>();
        foreach (var root in roots)
        {
            Walk(root, new HashSet<string>(StringComparer.Ordinal), credits, passed, notCounted, statedAgain);
        }

        var hours = credits.Remove(HoursScheme, out var h) ? h : (decimal?)null;
        return new ElmoTally(credits, hours, passed, notCounted, statedAgain);
    }

    public static XmlElement? Instance(XmlElement los) => Child(Child(los, "specifies"), "learningOpportunityInstance");

    public static IEnumerable<XmlElement> Parts(XmlElement los) =>
        Children(los, "hasPart").SelectMany(p => Children(p, "learningOpportunitySpecification"));

    /// <summary>passed, failed or in-progress; absent means passed (the schema's default).</summary>
    public static string Status(XmlElement los) => Text(Instance(los), "status") ?? "passed";

    /// <summary>The LOS's name for the report's words: its English title, else the first, else its type.</summary>
    public static string Name(XmlElement los)
    {
        var title = Preferred(Texts(los, "title"));
        return OutsideChecks.Cut(title ?? Text(los, "type") ?? "(untitled)", 80);
    }

    /// <summary>The credits an instance states, per scheme (lower case), values of one scheme added.</summary>
    public static IReadOnlyDictionary<string, decimal> Stated(XmlElement? instance)
    {
        var stated = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var credit in Children(instance, "credit"))
        {
            if (Text(credit, "scheme") is { } scheme && Amount(Text(credit, "value")) is { } value)
            {
                var key = scheme.ToLowerInvariant();
                stated[key] = stated.GetValueOrDefault(key) + value;
            }
        }

        if (Amount(Text(instance, "engagementHours")) is { } hours)
        {
            stated[HoursScheme] = hours;
        }

        return stated;
    }

    private static void Walk(XmlElement los, HashSet<string> countedAbove, Dictionary<string, decimal> credits, List<XmlElement> passed, List<string> notCounted, List<string> statedAgain)
    {
        var stated = Stated(Instance(los));
        var status = Status(los);
        var below = countedAbove;
        if (status != "passed")
        {
            var figures = stated.Where(s => s.Key != HoursScheme).Select(s => $"{s.Value.ToString(CultureInfo.InvariantCulture)} {s.Key.ToUpperInvariant()}");
            notCounted.Add($"{Name(los)} ({OutsideChecks.Cut(status, 20)}{string.Concat(figures.Select(f => ", " + f))})");
        }
        else
        {
            passed.Add(los);
            foreach (var (scheme, value) in stated)
            {
                if (countedAbove.Contains(scheme))
                {
                    if (scheme != HoursScheme)
                    {
                        statedAgain.Add($"{Name(los)} ({value.ToString(CultureInfo.InvariantCulture)} {scheme.ToUpperInvariant()})");
                    }

                    continue;
                }

                credits[scheme] = credits.GetValueOrDefault(scheme) + value;
                below = below == countedAbove ? new HashSet<string>(countedAbove, StringComparer.Ordinal) : below;
                below.Add(scheme);
            }
        }

        foreach (var part in Parts(los))
        {
            Walk(part, below, credits, passed, notCounted, statedAgain);
        }
    }
}
