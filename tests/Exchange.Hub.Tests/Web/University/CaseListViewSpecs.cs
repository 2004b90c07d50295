using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;
using Microsoft.Extensions.Primitives;
using static Exchange.Hub.Tests.Web.University.UniversityCaseSamples;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The university's case list without a cluster: the status filter as a GET form, the page numbers, and each
/// row's status in words, deadline and outcome.</summary>
public sealed class CaseListViewSpecs
{
    private static CaseListInput Query(params (string Key, string Value)[] pairs) =>
        CaseListInput.From(pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(p => p.Value)])));

    [Fact]
    public void Statuses_are_read_from_their_codes_and_an_unknown_one_or_a_bad_page_is_named_at_its_field()
    {
        var (filter, problems) = CaseListReader.Read(Query(("status", "decided"), ("status", "INCOMPLETE_FILE"), ("page", "3")));
        var (none, bad) = CaseListReader.Read(Query(("status", "lost"), ("page", "0")));

        Assert.Empty(problems);
        Assert.Equal([CaseStatus.Decided, CaseStatus.IncompleteFile], filter!.Statuses);
        Assert.Equal(new CaseListQuery(filter.Statuses, null, null, 40, CaseListFilter.PageSize), filter.ToQuery());
        Assert.Null(none);
        Assert.Equal(["status", "page"], bad.Select(p => p.Field));
        Assert.StartsWith("status must be one of received, incomplete_file,", bad[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_keep_the_index_order_and_say_status_deadline_and_outcome_in_words()
    {
        var decided = DecidedInFull("cl-full");
        var incomplete = Incomplete("cl-incomplete");
        var input = Query(("status", "decided"), ("status", "incomplete_file"));
        var filter = CaseListReader.Read(input).Filter!;

        var view = CaseListViewBuilder.Build(input, filter, new CaseListPage([decided.CaseId, incomplete.CaseId], 2, null), [decided, incomplete], Start.AddDays(1), "en");

        Assert.Equal([decided.CaseId, incomplete.CaseId], view.Rows.Select(r => r.CaseId));
        var (full, open) = (view.Rows[0], view.Rows[1]);
        Assert.Equal(("Decided", "Full recognition", "Credit transfer"), (full.StatusLabel, full.OutcomeLabel, full.Purpose));
        Assert.Equal($"/university/cases/{decided.CaseId}", full.Href);
        Assert.Equal(DeadlineState.OnTime, full.Deadline.State);
        Assert.Equal(("Incomplete file", null, DeadlineState.None), (open.StatusLabel, open.OutcomeLabel, open.Deadline.State));
        Assert.Equal(["Data analysis in Python"], full.CredentialTitles);
        Assert.Equal(["incomplete_file", "decided"], view.StatusOptions.Where(o => o.Selected).Select(o => o.Code));
        Assert.Equal(12, view.StatusOptions.Count);
    }

    [Fact]
    public void Pages_link_to_their_neighbours_with_the_same_filter()
    {
        var input = Query(("status", "decided"), ("page", "2"));
        var filter = CaseListReader.Read(input).Filter!;

        var view = CaseListViewBuilder.Build(input, filter, new CaseListPage([], 45, 40), [], Start, "en");

        Assert.Equal((2, 3), (view.Page, view.Pages));
        Assert.Equal("/university?status=decided", view.PreviousHref);
        Assert.Equal("/university?status=decided&page=3", view.NextHref);
        Assert.Null(CaseListViewBuilder.Build(input, filter, new CaseListPage([], 45, null), [], Start, "en").NextHref);
    }

    [Fact]
    public void An_overdue_case_is_marked_overdue_at_reading_time()
    {
        var state = Denied("cl-late");
        state.Status = CaseStatus.InReview;
        state.Decision = null;

        var row = CaseListViewBuilder.Row(state, state.Deadline!.Value.AddDays(2), "en");

        Assert.Equal(DeadlineState.Overdue, row.Deadline.State);
        Assert.Null(row.OutcomeLabel);
    }
}
