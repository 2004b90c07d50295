using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Security;
using Exchange.Hub.Web.University;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.University;

/// <summary>The institution's cases (/university), newest first, from the case index the API's ListRecognitionCases
/// reads, only this institution's: filters from the query string, numbered pages.</summary>
public sealed class IndexModel(IGrainFactory grains, ICaseIndex caseIndex, TimeProvider time) : PageModel
{
    public CaseListView View { get; private set; } = CaseListViewBuilder.Invalid(CaseListInput.Empty, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var input = CaseListInput.From(Request.Query);
        var (filter, problems) = CaseListReader.Read(input);
        if (filter is null)
        {
            View = CaseListViewBuilder.Invalid(input, problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var caller = CallerIdentity.From(User);
        var page = await caseIndex.ListAsync(caller.InstitutionId ?? "", filter.ToQuery());
        // A row written ahead of a first write that never landed names no case: it is left out, not an error.
        var cases = await Task.WhenAll(page.CaseIds.Select(id => UniversityCases.FindAsync(grains, id, caller, cancellationToken)));
        View = CaseListViewBuilder.Build(input, filter, page, [.. cases.OfType<RecognitionCaseState>()], time.GetUtcNow(),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }
}
