using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Exchange.Hub.Web.University;

/// <summary>The case list's filter as the browser sent it: a GET form (bookmarkable), any number of statuses and a page
/// number.</summary>
public sealed record CaseListInput(IReadOnlyList<string> Statuses, string? Page)
{
    public const string StatusField = "status";
    public const string PageField = "page";

    public static CaseListInput Empty { get; } = new([], null);

    public static CaseListInput From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var statuses = values.TryGetValue(StatusField, out var s) ? s.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];
        var page = values.TryGetValue(PageField, out var p) && !StringValues.IsNullOrEmpty(p) ? p[^1] : null;
        return new CaseListInput(statuses, page);
    }

    /// <summary>This filter's address on page <paramref name="page"/> (1: without a page number).</summary>
    public string Href(int page)
    {
        var pairs = Statuses.Select(s => new KeyValuePair<string, string?>(StatusField, s)).ToList();
        if (page > 1)
        {
            pairs.Add(new(PageField, page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(UniversityPaths.Cases, pairs);
    }
}

/// <summary>The filter once read: the statuses asked for (none: all) and the page.</summary>
public sealed record CaseListFilter(IReadOnlyList<CaseStatus> Statuses, int Page)
{
    public const int PageSize = 20;

    public CaseListQuery ToQuery() => new(Statuses, null, null, (Page - 1) * PageSize, PageSize);
}

/// <summary>Reads the filter, each problem under the field it concerns.</summary>
public static class CaseListReader
{
    /// <summary>Far beyond any real list; keeps the offset a small number.</summary>
    public const int MaxPage = 10_000;

    public static (CaseListFilter? Filter, IReadOnlyList<(string Field, string Problem)> Problems) Read(CaseListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<(string, string)>();
        var statuses = new List<CaseStatus>();
        foreach (var code in input.Statuses)
        {
            if (UniversityLabels.StatusOf(code) is { } status)
            {
                statuses.Add(status);
            }
            else
            {
                problems.Add((CaseListInput.StatusField,
                    $"status must be one of {string.Join(", ", UniversityLabels.Statuses.Select(UniversityLabels.Code))}."));
            }
        }

        var page = 1;
        if (input.Page is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            problems.Add((CaseListInput.PageField, "page must be a whole number from 1."));
        }

        return problems.Count > 0 ? (null, problems) : (new CaseListFilter([.. statuses.Distinct()], page), problems);
    }
}
