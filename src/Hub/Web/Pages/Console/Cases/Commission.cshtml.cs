using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Commissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console.Cases;

/// <summary>A case's commission (/console/cases/{id}/commission): members, meeting, proposal, votes and the tally,
/// for everyone who reads the console; a vote link for its voting members, the protocol once sealed.</summary>
public sealed class CommissionModel(IGrainFactory grains, HubRecognitionPolicy policy) : PageModel
{
    public RecognitionCaseState Case { get; private set; } = null!;

    public CaseCommission? Commission => Case.Commission;

    public CommissionTally? Tally => Commission is null ? null : CommissionTally.Of(Commission);

    public bool MayVote { get; private set; }

    /// <summary>An officer may put the case before a commission from here (the hub's policy has commission mode).</summary>
    public bool MayStart { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = CallerIdentity.From(User);
        if (await ConsoleCases.ReferredAsync(grains, id, caller, HttpContext.RequestAborted) is not { } state)
        {
            return NotFound();
        }

        Case = state;
        MayVote = state.Status == CaseStatus.InCommission && VoteAuthorization.MayVote(caller, state.Commission);
        MayStart = caller.IsOfficer && policy.CommissionMode && state.Status == CaseStatus.InReview;
        return Page();
    }
}
