using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Records;

namespace Exchange.Hub.Tests.Web;

/// <summary>What the precedents section of a case page shows, built from the index's matches alone.</summary>
public sealed class PrecedentsViewSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);
    private static readonly PrecedentSubject Subject = new("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "Data analysis in Python", "UA");

    [Fact]
    public void Decisions_on_the_same_programme_are_listed_apart_from_the_rest_of_the_institutions_keeping_their_order()
    {
        var view = PrecedentsView.Build(Subject,
        [
            new(Decision("d-3", Subject, DeciderKind.Commission), SameProgramme: true),
            new(Decision("d-1", Subject, DeciderKind.Officer) with { SupersededBy = "d-3" }, SameProgramme: true),
            new(Decision("d-2", Subject with { ProgrammeTitle = "Statistics", InstitutionName = null }, DeciderKind.Automatic), SameProgramme: false),
        ], canOpenCases: true);

        Assert.Equal(["d-3", "d-1"], view.SameProgramme.Select(r => r.DecisionId));
        var other = Assert.Single(view.SameInstitution);
        Assert.Equal(("Statistics", "ua-kpi"), (other.ProgrammeTitle, other.Institution));
        Assert.Equal(["/console/cases/case-d-3", "/console/cases/case-d-1"], view.SameProgramme.Select(r => r.CaseHref));
        Assert.Equal([false, true], view.SameProgramme.Select(r => r.Superseded));
        Assert.Equal(new DecidedBy(DeciderKind.Commission, "lv-officer"), view.SameProgramme[0].DecidedBy);
        // The day of the decision in UTC, as the case records it.
        Assert.Equal(new DateOnly(2026, 11, 2), view.SameProgramme[0].DecidedOn);
        Assert.False(view.IsEmpty);
    }

    [Fact]
    public void Officers_and_chairs_are_named_as_the_accounts_name_them_and_unknown_ones_by_their_id()
    {
        var names = new Dictionary<string, string> { ["lv-officer"] = "Anna Ozola", ["hub-lv"] = "not a person" };

        var rows = PrecedentsView.Build(Subject,
        [
            new(Decision("d-1", Subject, DeciderKind.Officer), true),
            new(Decision("d-2", Subject, DeciderKind.Commission), true),
            new(Decision("d-3", Subject, DeciderKind.Officer) with { DeciderId = "lv-officer-gone" }, true),
            new(Decision("d-4", Subject, DeciderKind.Automatic) with { DeciderId = "hub-lv" }, true),
        ], canOpenCases: true, names).SameProgramme;

        Assert.Equal(["Anna Ozola", "Anna Ozola", "lv-officer-gone", "hub-lv"], rows.Select(r => r.DecidedBy.Shown));
    }

    [Fact]
    public void Without_the_right_to_open_cases_no_row_links_to_one()
    {
        var view = PrecedentsView.Build(Subject, [new(Decision("d-1", Subject, DeciderKind.Officer), true)], canOpenCases: false);

        Assert.Null(Assert.Single(view.SameProgramme).CaseHref);
    }

    [Fact]
    public void A_case_without_an_awarding_body_says_so_rather_than_that_there_are_no_decisions()
    {
        var unknown = PrecedentsView.Build(PrecedentSubject.None, [], canOpenCases: true);
        var none = PrecedentsView.Build(Subject, [], canOpenCases: true);

        Assert.Equal((false, true), (unknown.InstitutionKnown, unknown.IsEmpty));
        Assert.Equal((true, true), (none.InstitutionKnown, none.IsEmpty));
    }

    [Fact]
    public void A_case_the_rules_decided_alone_is_listed_without_a_link_as_the_console_does_not_show_it()
    {
        var automatic = Decision("d-1", Subject, DeciderKind.Automatic);

        var rows = PrecedentsView.Build(Subject, [new(automatic, true), new(automatic with { DecisionId = "d-0", SupersededBy = "d-2" }, true)], canOpenCases: true).SameProgramme;

        Assert.Equal([null, "/console/cases/case-d-1"], rows.Select(r => r.CaseHref));
    }

    internal static Precedent Decision(string id, PrecedentSubject subject, DeciderKind by) =>
        new(id, "case-" + id, subject, DecisionOutcome.Partial, "Level 5 against level 6.", "en", Start, by, "lv-officer",
            RecognitionPurpose.CreditTransfer, null);
}
