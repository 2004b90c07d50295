using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Web.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console;

/// <summary>The centre's overdue view: cases past their decision deadline, from the review queue's overdue filter.
/// Only cases awaiting an officer, a commission or an appeal decision can be overdue there: the rules decide or refer
/// a case in the same step that completes its file and starts its deadline.</summary>
[Authorize(Policy = WebAuth.ConsoleRead)]
public sealed class OverdueModel(IGrainFactory grains, IPeopleDirectory people) : PageModel
{
    public OverdueView Cases { get; private set; } = null!;

    /// <summary>Whether this is a later page (a link back to the first is offered).</summary>
    public bool IsLaterPage { get; private set; }

    /// <param name="after">The page token of the previous page's end; an unreadable one shows the first page.</param>
    public async Task OnGetAsync(string? after, CancellationToken cancellationToken)
    {
        var cursor = after is not null && ReviewQueueCursor.TryParse(after, out var parsed) ? parsed : null;
        IsLaterPage = cursor is not null;
        var page = await grains.Keyed<IReviewQueueGrain>(ReviewQueueKeys.Key).ListAsync(OverdueView.Query(cursor), cancellationToken);
        var names = await OfficerNames.ReadAsync(people, cancellationToken);
        // Everyone the console admits may open a case page (administrators read-only).
        Cases = OverdueView.Build(page, canOpenCases: true, names);
    }
}
