using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Console;
using Microsoft.AspNetCore.WebUtilities;

namespace Exchange.Hub.Tests.Web;

/// <summary>The queue page without a cluster: its filter form read from the query string (with the API's field
/// messages), and a page of the review queue turned into rows.</summary>
public sealed class QueueViewSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_filter_is_read_from_its_bookmarkable_query_and_written_back_the_same()
    {
        var input = Input("?criterion=learning_outcomes&criterion=level&origin_country=kz&purpose=credit_transfer&overdue_only=true&assigned_to_me=on");

        var (filter, problems) = QueueFilterReader.Read(input);

        Assert.Empty(problems);
        Assert.Equal([Criterion.LearningOutcomes, Criterion.Level], filter!.Criteria);
        Assert.Equal(("KZ", RecognitionPurpose.CreditTransfer, true, true), (filter.OriginCountry, filter.Purpose, filter.OverdueOnly, filter.AssignedToMe));
        var query = filter.ToQuery("lv-officer", 25);
        Assert.Equal(("lv-officer", "KZ", 25, (ReviewQueueCursor?)null), (query.AssignedTo, query.OriginCountry, query.PageSize, query.After));
        Assert.Equal("/console?criterion=learning_outcomes&criterion=level&origin_country=kz&purpose=credit_transfer&overdue_only=true&assigned_to_me=true",
            input.Href(null));
    }

    [Fact]
    public void The_queue_filters_on_access_rights_like_any_other_criterion()
    {
        var (filter, problems) = QueueFilterReader.Read(Input("?criterion=access"));

        Assert.Empty(problems);
        Assert.Equal([Criterion.Access], filter!.Criteria);
    }

    [Fact]
    public void Bad_filters_get_the_apis_field_messages_and_no_query()
    {
        var (filter, problems) = QueueFilterReader.Read(Input("?criterion=colour&origin_country=Kazakhstan&purpose=tourism&page_token=next"));

        Assert.Null(filter);
        Assert.Equal(["criterion", "origin_country", "purpose", "page_token"], problems.Select(p => p.Field));
        Assert.Equal(ReviewQueueFilterRules.TryReadOriginCountry("Kazakhstan", out _, out var apiWords) ? null : apiWords,
            problems.Single(p => p.Field == "origin_country").Problem);
        Assert.Contains("learning_outcomes", problems[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_link_their_case_mark_overdue_and_due_soon_and_the_next_page_keeps_the_filter()
    {
        var page = new ReviewQueuePage(
        [
            Entry("rc-000000000000000000000001", deadlineInDays: -2, officer: null) with { Flagged = [Criterion.Level, Criterion.Workload] },
            Entry("rc-000000000000000000000002", deadlineInDays: 3, officer: "lv-officer"),
            Entry("rc-000000000000000000000003", deadlineInDays: 40, officer: "lv-officer-2") with { IsAppeal = true },
        ], Total: 57, OverdueCount: 4, Next: new ReviewQueueCursor(10, 20, "rc-000000000000000000000003"), AsOf: Now);
        var input = Input("?origin_country=KZ");

        var view = QueueViewBuilder.Build(input, page, "lv-officer", "uk", new Dictionary<string, string> { ["lv-officer-2"] = "Ilze Bērziņa" });

        Assert.Equal((57, 4), (view.Total, view.OverdueCount));
        Assert.Equal("/console/cases/rc-000000000000000000000001", view.Rows[0].Href);
        Assert.Equal([DeadlineState.Overdue, DeadlineState.DueSoon, DeadlineState.OnTime], view.Rows.Select(r => r.Deadline.State));
        Assert.Equal(-2, view.Rows[0].Deadline.DaysLeft);
        Assert.Equal(["Level", "Workload"], view.Rows[0].Flagged);
        Assert.Equal([false, true, false], view.Rows.Select(r => r.AssignedToMe));
        Assert.Equal([null, null, "Ilze Bērziņa"], view.Rows.Select(r => r.AssignedOfficerName));
        Assert.Equal("Аналіз даних", view.Rows[0].CredentialTitles.Single());
        Assert.Equal(["KZ"], view.Rows[0].OriginCountries);
        Assert.Equal("/console?origin_country=KZ&page_token=10.20.rc-000000000000000000000003", view.NextPageHref);
        Assert.Null(view.FirstPageHref);
    }

    [Fact]
    public void A_deeper_page_links_back_to_the_first_and_the_last_page_has_no_next()
    {
        var page = new ReviewQueuePage([Entry("rc-000000000000000000000009", deadlineInDays: null, officer: null)], 26, 0, null, Now);

        var view = QueueViewBuilder.Build(Input("?overdue_only=true&page_token=1.2.rc-x"), page, "lv-officer", "en");

        Assert.Equal(("/console?overdue_only=true", (string?)null), (view.FirstPageHref, view.NextPageHref));
        Assert.Equal((DeadlineState.None, "Data analysis"), (view.Rows[0].Deadline.State, view.Rows[0].CredentialTitles[0]));
    }

    private static QueueFilterInput Input(string query) => QueueFilterInput.From(QueryHelpers.ParseQuery(query));

    private static ReviewQueueEntry Entry(string caseId, int? deadlineInDays, string? officer) => new(
        caseId, 3, CaseStatus.InReview, RecognitionPurpose.CreditTransfer, "Informatics", "LV-LU",
        [[new LocalText("en", "Data analysis"), new LocalText("uk-UA", "Аналіз даних")]], ["KZ", "KZ"], [], Now.AddDays(-20),
        deadlineInDays is { } d ? Now.AddDays(d) : null, false, officer, false, false);
}
