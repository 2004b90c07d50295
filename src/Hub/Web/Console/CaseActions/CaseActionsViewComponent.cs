using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using Microsoft.AspNetCore.Mvc;

namespace Exchange.Hub.Web.Console.CaseActions;

/// <summary>
/// The actions on the case page (<c>@await Component.InvokeAsync("CaseActions", new { caseId })</c>): who holds the
/// case, take it, decide it, commission mode, vote, protocol. Renders nothing for administrators (read-only) and for a
/// case the console does not show.
/// </summary>
public sealed class CaseActionsViewComponent(IGrainFactory grains, HubRecognitionPolicy policy, IPeopleDirectory people) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string caseId)
    {
        var caller = CallerIdentity.From(UserClaimsPrincipal);
        var state = await ConsoleCases.ReferredAsync(grains, caseId, caller, HttpContext.RequestAborted);
        var view = state is null ? null : CaseActionsView.For(state, caller, policy);
        if (view is null)
        {
            return Content("");
        }

        if (view.AssignedOfficerId is { } assigned && !view.AssignedToMe)
        {
            view = view with { AssignedOfficerName = (await people.OfficersAsync(HttpContext.RequestAborted)).FirstOrDefault(p => p.Subject == assigned)?.DisplayName };
        }

        return View("/Web/Pages/Console/Cases/_CaseActions.cshtml", view);
    }
}
