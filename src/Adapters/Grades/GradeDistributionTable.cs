namespace Exchange.Adapters.Grades;

/// <summary>One passing grade's share of a reference group, in percent.</summary>
public sealed record GradeShare(string Label, decimal Percent);

/// <summary>
/// An ECTS grade distribution table: passing grades only, best first, over at least two years for one
/// reference group (ECTS Users' Guide 2015 §4.3) [E5].
/// </summary>
public sealed record GradeDistributionTable(string ScaleId, string ReferenceGroup, IReadOnlyList<GradeShare> BestFirst)
{
    /// <summary>The grade's cumulative band, 0 = best; false if the label is not in the table.</summary>
    public bool TryGetBand(string label, out decimal fromTop, out decimal toTop)
    {
        fromTop = 0;
        foreach (var share in BestFirst)
        {
            if (string.Equals(share.Label, label, StringComparison.OrdinalIgnoreCase))
            {
                toTop = fromTop + share.Percent;
                return true;
            }

            fromTop += share.Percent;
        }

        toTop = 0;
        return false;
    }
}
