using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Exchange.Hub.Web.Records;

/// <summary>The precedents section of a case page: this hub's earlier decisions on the case's foreign institution and
/// programme. Links to the earlier cases only for a viewer the console admits (<see cref="WebAuth.ConsoleRead"/>).</summary>
/// <remarks>Takes the case id, not the page's view model, so the case page needs one line for it; the case is read
/// from its grain as the page read it (in memory by then).</remarks>
public sealed class PrecedentsViewComponent(IGrainFactory grains, IPrecedents precedents, IPeopleDirectory people, IAuthorizationService authorization) : ViewComponent
{
    /// <summary>Most earlier decisions shown: enough to see how the hub decides, short enough to read beside the case.</summary>
    public const int Shown = 20;

    public async Task<IViewComponentResult> InvokeAsync(string caseId)
    {
        var caller = CallerIdentity.From(UserClaimsPrincipal);
        var actor = new CaseActor(caller.IsAdmin ? CaseActorKind.Admin : CaseActorKind.Officer, caller.Subject);
        var state = await grains.Keyed<IRecognitionCaseGrain>(caseId).GetAsync(actor, HttpContext.RequestAborted);
        var subject = PrecedentSubject.Of(state);
        var matches = await precedents.ForAsync(subject, state.CaseId, Shown);
        var canOpen = (await authorization.AuthorizeAsync(UserClaimsPrincipal, WebAuth.ConsoleRead)).Succeeded;
        var names = matches.Count > 0 ? await OfficerNames.ReadAsync(people, HttpContext.RequestAborted) : null;
        return View(PrecedentsView.Build(subject, matches, canOpen, names));
    }
}
