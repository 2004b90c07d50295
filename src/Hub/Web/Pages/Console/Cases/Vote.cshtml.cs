using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Commissions;
using Exchange.Hub.Web.Console.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console.Cases;

/// <summary>
/// A commission member's vote (/console/cases/{id}/vote), from their own sign-in: the voter is the signed-in person,
/// checked like the API (<see cref="VoteAuthorization"/>) before the case records it (its CastVote refuses anyone who
/// is not a voting member). A refusal answers 403 with the reason.
/// </summary>
[Authorize(Policy = WebAuth.CommissionVote)]
public sealed class VoteModel(IGrainFactory grains) : PageModel
{
    /// <summary><c>full</c>, <c>partial</c>, <c>denied</c> or <c>abstain</c>.</summary>
    [BindProperty]
    public string Choice { get; set; } = "";

    [BindProperty]
    public string Reasons { get; set; } = "";

    [BindProperty]
    public string Language { get; set; } = "en";

    /// <summary>Whose vote this is: always the signed-in person; a different name is refused, never substituted.</summary>
    [BindProperty]
    public string Voter { get; set; } = "";

    public RecognitionCaseState Case { get; private set; } = null!;

    public FieldMessages Messages { get; } = new();

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var caller = CallerIdentity.From(User);
        Voter = caller.Subject;
        Language = DecisionLanguages.IsSupported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "en";
        if (!VoteAuthorization.MayVote(caller, Case.Commission) || Case.Status != CaseStatus.InCommission)
        {
            return Refused(Case.Status == CaseStatus.InCommission
                ? $"{caller.Subject} is not a voting member of this commission."
                : "Voting is closed: the case is not before an open commission.");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var caller = CallerIdentity.From(User);
        try
        {
            VoteAuthorization.Require(caller, Voter, Case.Commission);
        }
        catch (HubException refusal)
        {
            return Refused(refusal.Message);
        }

        VoteChoice? choice = Choice switch
        {
            "full" => VoteChoice.Full,
            "partial" => VoteChoice.Partial,
            "denied" => VoteChoice.Denied,
            "abstain" => VoteChoice.Abstain,
            _ => null,
        };
        if (choice is null)
        {
            Messages.Add("vote.choice", "vote.choice must be FULL, PARTIAL, DENIED or ABSTAIN.");
        }

        if (!DecisionLanguages.IsSupported(Language))
        {
            Messages.Add("vote.language", $"The decision's language must be one of {string.Join(", ", DecisionLanguages.All)}.");
        }

        if (Messages.Any)
        {
            return Page();
        }

        try
        {
            IReadOnlyList<LocalText> reasons = string.IsNullOrWhiteSpace(Reasons) ? [] : [new LocalText(Language, Reasons.Trim())];
            await ConsoleCases.Case(grains, id).CastVoteAsync(choice!.Value, reasons,
                new CaseActor(CaseActorKind.CommissionMember, caller.Subject), HttpContext.RequestAborted);
            return Redirect($"/console/cases/{id}/commission?done=voted");
        }
        catch (HubException refusal) when (refusal.Kind == ErrorKind.PermissionDenied)
        {
            return Refused(refusal.Message);
        }
        catch (HubException refusal)
        {
            Messages.Add(FieldMessages.Form, refusal.Message);
            return Page();
        }
    }

    private PageResult Refused(string message)
    {
        Refusal = message;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        var state = await ConsoleCases.ReferredAsync(grains, id, CallerIdentity.From(User), HttpContext.RequestAborted);
        Case = state!;
        return state is not null;
    }
}
