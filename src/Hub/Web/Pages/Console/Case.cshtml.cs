using System.Globalization;
using Exchange.Hub.Credentials;
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
        if (await ReferredCaseAsync(id, cancellationToken) is not { } state)
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

    /// <summary>The document an outside credential of the case came as, byte for byte as the holder presented it:
    /// the officer weighs what the hub read against the original.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(string id, int index, CancellationToken cancellationToken)
    {
        if (await ReferredCaseAsync(id, cancellationToken) is not { } state
            || state.CurrentCredentials.ElementAtOrDefault(index) is not CredentialByDocument document)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var extension = Credentials.Outside.OutsideFormats.FileExtension(document.Format);
        return File(document.Document, Credentials.Outside.OutsideFormats.MediaType(document.Format), string.Create(CultureInfo.InvariantCulture, $"{id}-credential-{index + 1}.{extension}"));
    }

    /// <summary>The case when it exists and was referred to review; null otherwise (the console shows nothing else).</summary>
    private async Task<RecognitionCaseState?> ReferredCaseAsync(string id, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(id))
        {
            return null;
        }

        var caller = CallerIdentity.From(User);
        var actor = new CaseActor(caller.IsAdmin ? CaseActorKind.Admin : CaseActorKind.Officer, caller.Subject);
        try
        {
            var state = await grains.Keyed<IRecognitionCaseGrain>(id).GetAsync(actor, cancellationToken);
            return state.WasReferred ? state : null;
        }
        catch (HubException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
