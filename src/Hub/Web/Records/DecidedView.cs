using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Web.Records;

/// <summary>A page of the centre's recently decided cases, newest first, with numbered pages.</summary>
/// <param name="Page">1-based.</param>
public sealed record DecidedView(IReadOnlyList<PrecedentRow> Rows, int Total, int Page, int Pages)
{
    public const int PageSize = 25;

    public int? PreviousPage => Page > 1 ? Page - 1 : null;

    public int? NextPage => Page < Pages ? Page + 1 : null;

    /// <summary>The offset of a requested page (1-based; anything below 1 is the first).</summary>
    public static int OffsetOf(int page) => (Math.Max(page, 1) - 1) * PageSize;

    /// <param name="officerNames">Officers' display names by subject (the hub's accounts), for who decided.</param>
    public static DecidedView Build(PrecedentPage page, bool canOpenCases, IReadOnlyDictionary<string, string>? officerNames = null) => new(
        [.. page.Items.Select(p => PrecedentRow.From(p, canOpenCases, officerNames))],
        page.Total,
        (page.Offset / PageSize) + 1,
        Math.Max(1, (page.Total + PageSize - 1) / PageSize));
}
