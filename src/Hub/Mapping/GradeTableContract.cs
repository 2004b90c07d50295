using System.Globalization;
using Exchange.Adapters.Grades;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Rpc;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>
/// A contract grade table (GradeBandTable) read into the Adapters' terms: the issuer's bands with their ECTS letter,
/// national grade and meaning, and — when shares are published — the grade distribution table of the reference group
/// (ECTS Users' Guide 2015 §4.3) [E5]. Tables that cannot be read as such are refused with the path of each fault.
/// </summary>
public static class GradeTableContract
{
    /// <summary>Adds a violation for each share outside 0–100, shares adding to more than 100, a falling cumulative
    /// share, an unreadable or reversed band range, and two bands whose ranges overlap.</summary>
    public static void Validate(V1.GradeBandTable? table, string field, FieldViolations violations, bool sharesRequired = false)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (table is null)
        {
            return;
        }

        var ranges = new List<(int Index, decimal Low, decimal High)>();
        var (total, cumulative) = (0m, 0m);
        for (var i = 0; i < table.Bands.Count; i++)
        {
            var band = table.Bands[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}.bands[{i}]");
            if (sharesRequired && band.Label.Length == 0)
            {
                violations.Add(at + ".label", "Each band of a distribution table names its grade.");
            }

            if (band.SharePercent.Length > 0)
            {
                if (Percent(band.SharePercent) is { } share)
                {
                    total += share;
                }
                else
                {
                    violations.Add(at + ".share_percent", "The share is a decimal string from 0 to 100, such as 12.5.");
                }
            }

            if (band.CumulativePercent.Length > 0)
            {
                if (Percent(band.CumulativePercent) is not { } running)
                {
                    violations.Add(at + ".cumulative_percent", "The cumulative share is a decimal string from 0 to 100.");
                }
                else if (running < cumulative)
                {
                    violations.Add(at + ".cumulative_percent", "The cumulative share cannot fall from one band to the next (best grade first).");
                }
                else
                {
                    cumulative = running;
                }
            }

            if (sharesRequired && band.SharePercent.Length == 0 && band.CumulativePercent.Length == 0)
            {
                violations.Add(at + ".share_percent", "A distribution table gives each band's share_percent or cumulative_percent.");
            }

            if (band.MinValue.Length > 0 || band.MaxValue.Length > 0)
            {
                if (!CredentialToDomain.TryDecimal(band.MinValue, out var low) || !CredentialToDomain.TryDecimal(band.MaxValue, out var high) || low > high)
                {
                    violations.Add(at + ".min_value", "A band's range is two decimal strings, min_value not above max_value.");
                }
                else
                {
                    foreach (var other in ranges.Where(r => r.Low <= high && low <= r.High))
                    {
                        violations.Add(at + ".min_value", string.Create(CultureInfo.InvariantCulture, $"The band overlaps band {other.Index}; bands do not share grades."));
                    }

                    ranges.Add((i, low, high));
                }
            }
        }

        if (total > 100.1m)
        {
            violations.Add(field + ".bands", "The shares add up to more than 100 percent.");
        }
    }

    /// <summary>The issuer's bands, each with its ECTS letter, national grade and the meaning they state.</summary>
    public static IReadOnlyList<GradeBand>? Bands(V1.GradeBandTable? table)
    {
        var bands = table?.Bands
            .Where(b => CredentialToDomain.TryDecimal(b.MinValue, out _) && CredentialToDomain.TryDecimal(b.MaxValue, out _))
            .Select(b =>
            {
                var ects = NullIfEmpty(b.EctsGrade);
                var national = NullIfEmpty(b.NationalGrade);
                return new GradeBand(b.Label, Parse(b.MinValue), Parse(b.MaxValue), b.Passing, ects,
                    Meaning: GradeMeanings.FromNational(national) ?? GradeMeanings.FromEcts(ects, b.Passing), National: national);
            })
            .ToList();
        return bands is { Count: > 0 } ? bands : null;
    }

    /// <summary>The table's shares (share_percent, else the step of cumulative_percent) as a distribution table of
    /// passing grades, best first; null when the table publishes no shares.</summary>
    public static GradeDistributionTable? Distribution(V1.GradeBandTable? table, string scaleId) =>
        Shares(table) is { Count: > 0 } shares ? new GradeDistributionTable(scaleId, ReferenceGroup(table!), shares) : null;

    /// <summary>The table as a case keeps it; null when it publishes no shares.</summary>
    public static CaseGradeTable? ToCase(V1.GradeBandTable? table) =>
        Shares(table) is { Count: > 0 } shares ? new CaseGradeTable(ReferenceGroup(table!), [.. shares.Select(s => new CaseGradeShare(s.Label, s.Percent))]) : null;

    private static List<GradeShare>? Shares(V1.GradeBandTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var shares = new List<GradeShare>();
        var before = 0m;
        foreach (var band in table.Bands)
        {
            // Distribution tables hold passing grades only (ECTS Users' Guide 2015 §4.3); a fail band's share is not counted.
            var share = Percent(band.SharePercent) ?? (Percent(band.CumulativePercent) is { } running ? running - before : null);
            if (Percent(band.CumulativePercent) is { } cumulative)
            {
                before = cumulative;
            }
            else if (share is { } s)
            {
                before += s;
            }

            if (share is { } value && (band.Passing || table.Bands.All(b => !b.Passing)))
            {
                shares.Add(new GradeShare(band.Label, value));
            }
        }

        return shares;
    }

    private static string ReferenceGroup(V1.GradeBandTable table) =>
        string.Join(", ", new[] { table.ReferenceGroup, table.Period }.Where(s => s.Length > 0)) is { Length: > 0 } group ? group : "reference group not stated";

    private static decimal? Percent(string text) =>
        text.Length > 0 && CredentialToDomain.TryDecimal(text, out var value) && value is >= 0 and <= 100 ? value : null;

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
