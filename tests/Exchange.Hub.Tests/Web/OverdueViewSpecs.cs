using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Records;

namespace Exchange.Hub.Tests.Web;

/// <summary>The centre's overdue page, built from a page of the review queue's overdue filter.</summary>
public sealed class OverdueViewSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_page_asks_the_queue_for_overdue_cases_in_deadline_order()
    {
        var query = OverdueView.Query(null);

        Assert.True(query.OverdueOnly);
        Assert.False(query.OldestFirst);
        Assert.Equal(OverdueView.PageSize, query.PageSize);
    }

    [Fact]
    public void Each_case_says_how_many_whole_days_late_it_is_at_what_stage_and_with_whom()
    {
        var page = new ReviewQueuePage(
        [
            Entry("late-40", Now.AddDays(-40).AddHours(-2)) with { AssignedOfficerId = "lv-officer" },
            Entry("late-today", Now.AddHours(-3)) with { IsAppeal = true, IssuingCountries = ["UA", "UA", "KZ"] },
            Entry("marked", null) with { Overdue = true, InCommission = true, AssignedOfficerId = "lv-officer-gone" },
        ], 3, 3, new ReviewQueueCursor(1, 2, "marked"), Now);

        var view = OverdueView.Build(page, canOpenCases: true, new Dictionary<string, string> { ["lv-officer"] = "Anna Ozola" });

        Assert.Equal([40, 0, null], view.Rows.Select(r => r.DaysLate));
        Assert.Equal([CaseStatus.InReview, CaseStatus.Appealed, CaseStatus.InCommission], view.Rows.Select(r => r.Stage));
        Assert.Equal(["UA", "KZ"], view.Rows[1].Countries);
        Assert.Equal(["Anna Ozola", null, "lv-officer-gone"], view.Rows.Select(r => r.AssignedOfficer));
        Assert.Equal(("1.2.marked", 3), (view.Next, view.Total));
    }

    private static ReviewQueueEntry Entry(string caseId, DateTimeOffset? deadline) => new(
        caseId, 1, CaseStatus.InReview, RecognitionPurpose.Admission, "Informatics", "LV-LU", [], ["UA"], [], Now.AddMonths(-5),
        deadline, false, null, false, false);
}
