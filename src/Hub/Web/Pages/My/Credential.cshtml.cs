using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition.Stacking;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Learner;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.My;

/// <summary>
/// One of the learner's credentials (/my/credentials/{credentialId}): its content and status, its shares (revocable),
/// and the form that shares it with a hub, a university or anyone. Anyone but its learner gets 404, as for an id
/// nothing was issued under. Thin like the gRPC service: the same grain calls, the same rules, refusals shown next
/// to their field; a created share is shown on its own page (post, redirect, get).
/// </summary>
[Authorize(Policy = WebAuth.LearnerPages)]
public sealed class CredentialModel(IGrainFactory grains, IOptions<HubOptions> hub, PeerDirectory peers, TimeProvider time, IQualificationRequirements? registry = null) : PageModel
{
    [BindProperty]
    public ShareForm Form { get; set; } = new();

    public FieldMessages Messages { get; } = new();

    public CredentialContentView View { get; private set; } = null!;

    public SharesView Shares { get; private set; } = null!;

    public IReadOnlyList<ShareHubChoice> Hubs { get; private set; } = [];

    /// <summary>How far the learner's credentials go towards each qualification this one stacks towards.</summary>
    public IReadOnlyList<StackProgressView> StackProgress { get; private set; } = [];

    public int MaximumDays => ShareFormRules.MaximumDays(ShareGrantPolicy.MaximumLifetime);

    /// <summary>What the last action did, for the status line (<c>revoked</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string credentialId) =>
        await LoadAsync(credentialId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostShareAsync(string credentialId)
    {
        if (!await LoadAsync(credentialId))
        {
            return NotFound();
        }

        var request = ShareFormRules.Check(Form, Hubs, ShareGrantPolicy.MaximumLifetime, time.GetUtcNow(), Messages);
        if (request is null)
        {
            return Page();
        }

        try
        {
            var created = await grains.Keyed<ICredentialGrain>(credentialId)
                .CreateShareGrantAsync(request.ExpiresAt, request.RecipientHubId, request.RecipientInstitutionId, HttpContext.RequestAborted);
            return Redirect(LearnerPaths.Share(credentialId, created.Grant.ShareId) + "?done=created");
        }
        catch (HubException refusal) when (refusal.Kind is ErrorKind.InvalidArgument or ErrorKind.FailedPrecondition)
        {
            ShareFormRules.Refused(refusal, Messages);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(string credentialId, string shareId)
    {
        if (!await LoadAsync(credentialId))
        {
            return NotFound();
        }

        return await ShareRevocation.RevokeAsync(grains, credentialId, shareId, Shares, HttpContext.RequestAborted)
            ? Redirect(LearnerPaths.Credential(credentialId) + "?done=revoked#shares")
            : NotFound();
    }

    private async Task<bool> LoadAsync(string credentialId)
    {
        var view = await OwnCredentials.FindAsync(grains, CallerIdentity.From(User), credentialId, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = CredentialContentView.Build(view, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var grants = await grains.Keyed<ICredentialGrain>(credentialId).ListShareGrantsAsync(includeInactive: true, HttpContext.RequestAborted);
        Shares = SharesView.Build(grants, credentialId, view.Issued.ExpiresAt, time.GetUtcNow());
        Hubs = ShareHubChoices.Of(hub.Value, peers.All);
        var identity = CallerIdentity.From(User);
        StackProgress = await LearnerStackProgress.ForAsync(view, await OwnCredentials.ListAsync(grains, identity, HttpContext.RequestAborted), registry,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), CultureInfo.CurrentUICulture, HttpContext.RequestAborted);
        return true;
    }
}
