using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console;

/// <summary>One case referred to this hub's review, for officers and administrators (the folder's policy). A case that
/// does not exist, or was never referred, is not found: the console shows nothing the review has not been given.</summary>
public sealed class CaseModel(IGrainFactory grains, IPeopleDirectory people, TimeProvider time) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(id))
        {
            return NotFound();
        }

        var caller = CallerIdentity.From(User);
        var actor = new CaseActor(caller.IsAdmin ? CaseActorKind.Admin : CaseActorKind.Officer, caller.Subject);
        RecognitionCaseState state;
        try
        {
            state = await grains.Keyed<IRecognitionCaseGrain>(id).GetAsync(actor, cancellationToken);
        }
        catch (HubException e) when (e.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!state.WasReferred)
        {
            return NotFound();
        }

        var officer = state.AssignedOfficerId is { } assigned
            ? (await people.OfficersAsync(cancellationToken)).FirstOrDefault(p => p.Subject == assigned)?.DisplayName
            : null;
        View = CaseViewBuilder.Build(state, time.GetUtcNow(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, CultureInfo.CurrentCulture)
            with { AssignedOfficerName = officer };
        return Page();
    }
}
