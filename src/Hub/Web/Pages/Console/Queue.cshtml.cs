using System.Globalization;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console;

/// <summary>The review queue (officers; administrators read it): filters from the query string, one keyset page.</summary>
public sealed class QueueModel(IGrainFactory grains, IPeopleDirectory people) : PageModel
{
    public QueueView View { get; private set; } = QueueViewBuilder.Invalid(QueueFilterInput.Empty, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var input = QueueFilterInput.From(Request.Query);
        var (filter, problems) = QueueFilterReader.Read(input);
        if (filter is null)
        {
            View = QueueViewBuilder.Invalid(input, problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var me = CallerIdentity.From(User).Subject;
        var page = await grains.Keyed<IReviewQueueGrain>(ReviewQueueKeys.Key)
            .ListAsync(filter.ToQuery(me, QueueViewBuilder.PageSize), cancellationToken);
        var names = (await people.OfficersAsync(cancellationToken)).ToDictionary(p => p.Subject, p => p.DisplayName, StringComparer.Ordinal);
        View = QueueViewBuilder.Build(input, page, me, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, names);
    }
}
