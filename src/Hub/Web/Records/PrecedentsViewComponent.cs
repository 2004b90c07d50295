using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Exchange.Hub.Web.Records;

/// <summary>The precedents section of a case page: this hub's earlier decisions on the case's foreign institution and
/// programme. Links to the earlier cases only for a viewer the console admits (<see cref="WebAuth.ConsoleRead"/>).</summary>
public sealed class PrecedentsViewComponent(IPrecedents precedents, IAuthorizationService authorization) : ViewComponent
{
    /// <summary>Most earlier decisions shown: enough to see how the hub decides, short enough to read beside the case.</summary>
    public const int Shown = 20;

    public async Task<IViewComponentResult> InvokeAsync(RecognitionCaseState state)
    {
        var subject = PrecedentSubject.Of(state);
        var matches = await precedents.ForAsync(subject, state.CaseId, Shown);
        var canOpen = (await authorization.AuthorizeAsync(UserClaimsPrincipal, WebAuth.ConsoleRead)).Succeeded;
        return View(PrecedentsView.Build(subject, matches, canOpen));
    }
}
