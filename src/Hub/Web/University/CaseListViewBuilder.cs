using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.University;

/// <summary>Builds the case list from one page of the institution's case index and the cases it names. Pure: the time
/// and the reader's language are given.</summary>
public static class CaseListViewBuilder
{
    public static CaseListView Invalid(CaseListInput input, IReadOnlyList<(string Field, string Problem)> problems) =>
        new(input, problems, Options(input, []), [], 0, 1, 1, null, null);

    public static CaseListView Build(CaseListInput input, CaseListFilter filter, CaseListPage page,
        IReadOnlyList<RecognitionCaseState> cases, DateTimeOffset now, string language)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var pages = Math.Max(1, (page.Total + CaseListFilter.PageSize - 1) / CaseListFilter.PageSize);
        var rows = cases.Where(c => c.Exists).Select(c => Row(c, now, language)).ToList();
        return new CaseListView(input, [], Options(input, filter.Statuses), rows, page.Total, filter.Page, pages,
            filter.Page > 1 ? input.Href(Math.Min(filter.Page - 1, pages)) : null,
            page.NextOffset is not null ? input.Href(filter.Page + 1) : null);
    }

    public static CaseListRow Row(RecognitionCaseState state, DateTimeOffset now, string language)
    {
        ArgumentNullException.ThrowIfNull(state);
        var submission = state.Submission!;
        return new CaseListRow(
            state.CaseId,
            UniversityPaths.Case(state.CaseId),
            submission.Target.Title,
            [.. state.Credentials.Select(c => LocalTexts.Pick(c.Title, language)).Where(t => t.Length > 0)],
            ConsoleLabels.Of(submission.Purpose),
            state.Status,
            UniversityLabels.Of(state.Status),
            state.ReceivedAt,
            DeadlineView.Of(state.Deadline, state.IsOverdueAt(now), now),
            state.Status == CaseStatus.Decided && state.Decision is { } decision ? UniversityLabels.Of(decision.Outcome) : null);
    }

    private static List<StatusOption> Options(CaseListInput input, IReadOnlyList<CaseStatus> selected) =>
        [.. UniversityLabels.Statuses.Select(s => new StatusOption(UniversityLabels.Code(s), UniversityLabels.Of(s),
            selected.Contains(s) || input.Statuses.Any(c => string.Equals(c, UniversityLabels.Code(s), StringComparison.OrdinalIgnoreCase))))];
}
