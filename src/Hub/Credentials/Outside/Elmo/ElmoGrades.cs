using System.Globalization;
using System.Xml;
using Exchange.Adapters.Grades;
using static Exchange.Hub.Credentials.Outside.Elmo.ElmoElements;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// The grade of a learning-opportunity instance: its resultLabel (the grade as printed nationally) on the scale it
/// names — gradingSchemeExternalId (ELMO 2.x, an externally defined scheme), else the report's gradingScheme the
/// gradingSchemeLocalId points at, by its description (the local id is only valid within the file, so it is never the
/// scale's name), else the local id. A resultDistribution becomes the grade's distribution table: the categories in
/// the document's order with each one's share of all results. ELMO's distribution counts every student, failed ones
/// included, and does not say which labels pass or which is best, so the table is the issuer's histogram as given.
/// </summary>
public static class ElmoGrades
{
    public static Grade? Of(XmlElement? instance, XmlElement report, string referenceGroup)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Text(instance, "resultLabel") is not { } label)
        {
            return null;
        }

        var scale = ScaleOf(instance, report);
        return new Grade(label, scale, null, Distribution(instance, scale, referenceGroup));
    }

    public static string ScaleOf(XmlElement? instance, XmlElement report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Text(instance, "gradingSchemeExternalId") is { } external)
        {
            return OutsideChecks.Cut(external, 120);
        }

        if (Text(instance, "gradingSchemeLocalId") is not { } local)
        {
            return "";
        }

        var scheme = Children(report, "gradingScheme").FirstOrDefault(g => g.GetAttribute("localId").Trim() == local);
        var descriptions = Texts(scheme, "description");
        var description = Preferred(descriptions);
        return OutsideChecks.Cut(description ?? local, 120);
    }

    private static GradeDistributionTable? Distribution(XmlElement? instance, string scale, string referenceGroup)
    {
        var categories = Children(Child(instance, "resultDistribution"), "category")
            .Select(c => (Label: c.GetAttribute("label").Trim(), Count: long.TryParse(c.GetAttribute("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
            .ToList();
        var total = categories.Where(c => c.Count > 0).Sum(c => c.Count);
        if (categories.Count == 0 || categories.Any(c => c.Label.Length == 0 || c.Count < 0) || total == 0)
        {
            return null;
        }

        var shares = categories.Select(c => new GradeShare(c.Label, Math.Round(c.Count * 100m / total, 2))).ToList();
        return new GradeDistributionTable(scale, $"{referenceGroup}: {total.ToString(CultureInfo.InvariantCulture)} results (ELMO resultDistribution, failed included)", shares);
    }

    /// <summary>The shortened grading (how the learner compares with the course's students), in words.</summary>
    public static string? Shortened(XmlElement? instance)
    {
        var shortened = Child(instance, "shortenedGrading");
        var lower = Amount(Text(shortened, "percentageLower"));
        var equal = Amount(Text(shortened, "percentageEqual"));
        var higher = Amount(Text(shortened, "percentageHigher"));
        return lower is null || equal is null || higher is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"of the course's students {lower}% had a lower grade, {equal}% the same, {higher}% a higher one");
    }
}
