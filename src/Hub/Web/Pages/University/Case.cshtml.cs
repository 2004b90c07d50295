using System.Globalization;
using System.Security.Cryptography;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Sharing;
using Exchange.Hub.Web.University;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.University;

/// <summary>
/// One case of the institution (/university/cases/{caseId}): status (followed live by a small script through
/// /events), journal, verification of each credential, validation findings, the decision; the supplement form when the
/// hub asks for missing documents, the appeal form once decided. Another institution's case is not found. The forms
/// call the case grain as the API's SupplementRecognitionCase and AppealRecognitionDecision do, with the same checks.
/// </summary>
public sealed class CaseModel(IGrainFactory grains, ICredentialResolver resolver, HubRecognitionPolicy policy, IOptions<HubOptions> hub, TimeProvider time) : PageModel
{
    public UniversityCaseView View { get; private set; } = null!;

    [BindProperty]
    public SupplementForm Supplement { get; set; } = new();

    [BindProperty]
    public AppealForm Appeal { get; set; } = new();

    public FieldMessages SupplementMessages { get; } = new();

    public FieldMessages AppealMessages { get; } = new();

    /// <summary>What the last action did, for the status line (<c>submitted</c>, <c>supplemented</c>, <c>appealed</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        Supplement = new SupplementForm { Nonce = NewNonce() };
        Appeal = new AppealForm { Nonce = NewNonce(), DecisionId = View.Decision?.DecisionId ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostSupplementAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        Appeal = new AppealForm { Nonce = NewNonce(), DecisionId = View.Decision?.DecisionId ?? "" };
        var supplement = CaseActionForms.Supplement(caseId, Supplement, Language, new InputPolicy(hub.Value.Input), SupplementMessages);
        if (supplement is null)
        {
            return Page();
        }

        // A new link is checked as the request form checks one: a link for someone else is refused here, not by the case.
        if (ShareLink.TryParse(Supplement.Link, out var link)
            && ShareLinkRefusals.Of((await resolver.ResolveAsync(new CredentialByReference(link.IssuingHubId, link.CredentialId, link.ShareCode), Institution, cancellationToken)).Verification) is { } refusal)
        {
            SupplementMessages.Add(CaseActionForms.CredentialsField, refusal);
            return Page();
        }

        return await ActAsync(caseId, "supplemented", SupplementMessages,
            (grain, actor) => grain.SupplementAsync(supplement, actor, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostAppealAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        Supplement = new SupplementForm { Nonce = NewNonce() };
        var appeal = CaseActionForms.Appeal(caseId, Appeal, Language, new InputPolicy(hub.Value.Input), AppealMessages);
        if (appeal is null)
        {
            return Page();
        }

        return await ActAsync(caseId, "appealed", AppealMessages,
            (grain, actor) => grain.AppealAsync(appeal, actor, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ActAsync(string caseId, string done, FieldMessages messages,
        Func<IRecognitionCaseGrain, CaseActor, Task<RecognitionCaseState>> act, CancellationToken cancellationToken)
    {
        try
        {
            await act(UniversityCases.Case(grains, caseId), UniversityCases.Actor(CallerIdentity.From(User)));
            return Redirect(UniversityPaths.Case(caseId) + "?done=" + done);
        }
        catch (HubException refused)
        {
            // The case moved on (decided, appeal period over) while the form was open: say why, keep what was typed.
            await LoadAsync(caseId, cancellationToken);
            messages.Add(refused, new HashSet<string>(StringComparer.Ordinal) { CaseActionForms.CredentialsField, CaseActionForms.NotesField, CaseActionForms.GroundsField });
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        var state = await UniversityCases.FindAsync(grains, caseId, CallerIdentity.From(User), cancellationToken);
        if (state is null)
        {
            return false;
        }

        View = UniversityCaseViewBuilder.Build(state, time.GetUtcNow(), Language, policy.AppealBodyName);
        return true;
    }

    private string Institution => CallerIdentity.From(User).InstitutionId ?? "";

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static string NewNonce() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
