using Exchange.Hub.Grains.Review;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Web.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console;

/// <summary>The centre's recently decided cases, newest first, from the precedents index: outcome, reasons in short,
/// who decided, and whether an appeal replaced the decision.</summary>
[Authorize(Policy = WebAuth.ConsoleRead)]
public sealed class DecidedModel(IPrecedents precedents, IPeopleDirectory people) : PageModel
{
    public DecidedView Decisions { get; private set; } = null!;

    /// <param name="p">The page, 1-based.</param>
    public async Task OnGetAsync(CancellationToken cancellationToken, int p = 1)
    {
        var page = await precedents.DecidedAsync(DecidedView.OffsetOf(p), DecidedView.PageSize);
        var names = await OfficerNames.ReadAsync(people, cancellationToken);
        // Everyone the console admits may open a case page (administrators read-only).
        Decisions = DecidedView.Build(page, canOpenCases: true, names);
    }
}
