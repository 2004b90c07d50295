using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Records;

namespace Exchange.Hub.Tests.Web;

/// <summary>The centre's recently decided page: rows and numbered pages from a page of the precedents index.</summary>
public sealed class DecidedViewSpecs
{
    private static readonly PrecedentSubject Subject = new("kz-kaznu", null, "Informatics", "KZ");

    [Theory]
    [InlineData(0, 0, 1, 1, null, null)]
    [InlineData(0, 25, 1, 1, null, null)]
    [InlineData(0, 26, 1, 2, null, 2)]
    [InlineData(25, 60, 2, 3, 1, 3)]
    [InlineData(50, 60, 3, 3, 2, null)]
    public void Pages_are_numbered_from_one_with_links_only_where_there_is_a_page(int offset, int total, int page, int pages, int? previous, int? next)
    {
        var view = DecidedView.Build(new PrecedentPage([], total, offset, DecidedView.PageSize), canOpenCases: true);

        Assert.Equal((page, pages, previous, next), (view.Page, view.Pages, view.PreviousPage, view.NextPage));
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(1, 0)]
    [InlineData(3, 50)]
    public void A_requested_page_becomes_an_offset_and_nonsense_the_first_page(int page, int offset) =>
        Assert.Equal(offset, DecidedView.OffsetOf(page));

    [Fact]
    public void A_row_names_the_institution_by_its_id_when_the_credential_gave_no_name()
    {
        var view = DecidedView.Build(new PrecedentPage([PrecedentsViewSpecs.Decision("d-1", Subject, DeciderKind.Automatic)], 1, 0, DecidedView.PageSize), canOpenCases: true);

        var row = Assert.Single(view.Rows);
        Assert.Equal(("kz-kaznu", "KZ", null), (row.Institution, row.Country, row.CaseHref));
    }
}
