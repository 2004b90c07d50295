using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Identity.Accounts;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Commissions;
using Exchange.Hub.Web.Console.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Console.Cases;

/// <summary>
/// Puts a referred case before a commission (/console/cases/{id}/commission/new): members chosen from the hub's
/// commission members (<see cref="IPeopleDirectory"/>), their roles and votes, the meeting and the proposal. Read by
/// <see cref="CommissionComposition"/>, started with the case's StartCommissionAsync like the API's StartCommission.
/// </summary>
[Authorize(Policy = WebAuth.ConsoleDecide)]
public sealed class ComposeCommissionModel(IGrainFactory grains, HubRecognitionPolicy policy, IPeopleDirectory people) : PageModel
{
    [BindProperty]
    public CommissionForm Form { get; set; } = new();

    public RecognitionCaseState Case { get; private set; } = null!;

    /// <summary>The hub's commission members, in the order the form lists them.</summary>
    public IReadOnlyList<PersonSummary> Candidates { get; private set; } = [];

    public FieldMessages Messages { get; } = new();

    public HubRecognitionPolicy Policy => policy;

    /// <summary>Why no commission can be composed for this case now, if so.</summary>
    public string? Closed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = new CommissionForm
        {
            Members = [.. Candidates.Select(p => new MemberRow { Subject = p.Subject, Voting = true })],
            Proposal = DecisionFormPrefill.For(Case, policy, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var start = CommissionComposition.ToStart(Form, Candidates.ToDictionary(p => p.Subject, p => p.DisplayName, StringComparer.Ordinal), policy, Messages);
        if (start is null)
        {
            return Page();
        }

        try
        {
            var caller = CallerIdentity.From(User);
            await ConsoleCases.Case(grains, id).StartCommissionAsync(start, ConsoleCases.Actor(caller), HttpContext.RequestAborted);
            return Redirect($"/console/cases/{id}/commission?done=started");
        }
        catch (HubException refusal)
        {
            Messages.Add(refusal, CommissionComposition.Fields);
            return Page();
        }
    }

    /// <summary>The posted row of a candidate (so a refused form comes back as typed), or a fresh one.</summary>
    public MemberRow RowOf(PersonSummary person) =>
        Form.Members.FirstOrDefault(m => string.Equals(m.Subject, person.Subject, StringComparison.Ordinal))
        ?? new MemberRow { Subject = person.Subject, Voting = true };

    private async Task<bool> LoadAsync(string id)
    {
        var state = await ConsoleCases.ReferredAsync(grains, id, CallerIdentity.From(User), HttpContext.RequestAborted);
        if (state is null)
        {
            return false;
        }

        Case = state;
        Candidates = [.. (await people.CommissionMembersAsync(HttpContext.RequestAborted)).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)];
        Closed = !policy.CommissionMode
            ? "Commission mode is not enabled in this hub's recognition policy."
            : state.Status == CaseStatus.InCommission
                ? "A commission is already open for this case."
                : state.Status != CaseStatus.InReview
                    ? $"A case that is {state.Status} cannot be put before a commission."
                    : null;
        return true;
    }
}
