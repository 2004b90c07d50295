using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console.Cases;

/// <summary>
/// The decision form of a referred or appealed case (/console/cases/{id}/decide) and, once decided, the decision.
/// Thin like the gRPC service: reads the form (<see cref="DecisionFormMapping"/>), calls the case's DecideAsync with
/// the version the officer read, and shows any refusal next to its field. A refused post is shown again as typed.
/// </summary>
[Authorize(Policy = WebAuth.ConsoleDecide)]
public sealed class DecideModel(IGrainFactory grains, HubRecognitionPolicy policy) : PageModel
{
    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    /// <summary>The case's version when the officer opened the form; the case refuses the decision if it changed since.</summary>
    [BindProperty]
    public long ExpectedVersion { get; set; }

    public RecognitionCaseState Case { get; private set; } = null!;

    public FieldMessages Messages { get; } = new();

    public HubRecognitionPolicy Policy => policy;

    /// <summary>Someone else changed the case while the form was open: the form is kept, the version is the new one.</summary>
    public bool VersionConflict { get; private set; }

    /// <summary>What the last action did, for the status line (<c>taken</c>, <c>decided</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string Me => CallerIdentity.From(User).Subject;

    public bool AssignedToMe => string.Equals(Case.AssignedOfficerId, Me, StringComparison.Ordinal);

    public IReadOnlyList<string> ExcludedOfficers =>
        Case.Status == CaseStatus.Appealed ? Case.OpenAppeal?.ExcludedOfficerIds ?? [] : [];

    public bool CanDecide => Case.Status is CaseStatus.InReview or CaseStatus.Appealed && AssignedToMe && !ExcludedOfficers.Contains(Me);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = DecisionFormPrefill.For(Case, policy, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        ExpectedVersion = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var decision = DecisionFormMapping.ToDecision(Form, Messages);
        if (ExpectedVersion <= 0)
        {
            Messages.Add("expected_version", "expected_version is required.");
        }

        if (decision is null || Messages.Any)
        {
            return Page();
        }

        try
        {
            var caller = CallerIdentity.From(User);
            await ConsoleCases.Case(grains, id).DecideAsync(decision, ExpectedVersion, ConsoleCases.Actor(caller), HttpContext.RequestAborted);
            return RedirectToPage(new { id, done = "decided" });
        }
        catch (HubException refusal)
        {
            await LoadAsync(id);
            if (refusal.Reason == "VERSION_CONFLICT")
            {
                // The officer's text stays; the next submit is against the version now shown, after a fresh look.
                VersionConflict = true;
                ExpectedVersion = Case.Version;
            }

            Messages.Add(refusal, DecisionFormMapping.Fields());
            return Page();
        }
    }

    /// <summary>Takes the case: assigns it to the signed-in officer (the same call as AssignReviewCase without an officer).</summary>
    public async Task<IActionResult> OnPostTakeAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            var caller = CallerIdentity.From(User);
            await ConsoleCases.Case(grains, id).AssignAsync(caller.Subject, ConsoleCases.Actor(caller), HttpContext.RequestAborted);
            return RedirectToPage(new { id, done = "taken" });
        }
        catch (HubException refusal)
        {
            await LoadAsync(id);
            Form = DecisionFormPrefill.For(Case, policy, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            ExpectedVersion = Case.Version;
            Messages.Add(FieldMessages.Form, refusal.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string id)
    {
        var state = await ConsoleCases.ReferredAsync(grains, id, CallerIdentity.From(User), HttpContext.RequestAborted);
        if (state is null)
        {
            return false;
        }

        Case = state;
        return true;
    }
}
