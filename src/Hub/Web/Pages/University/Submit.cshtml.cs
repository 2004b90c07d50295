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
/// The recognition request form (/university/submit, <c>?link=…</c> fills in the learner's link: the verification page
/// and a phone's camera land here). Thin like the API's SubmitRecognitionRequest: the form becomes the API's request,
/// passes the API's validation (<see cref="SubmitValidation"/>) and goes to the case grain's SubmitAsync under an
/// idempotency key made of the form's nonce, so a form sent twice makes one case. A refused form comes back as typed,
/// each message next to its field.
/// </summary>
[RequestSizeLimit(Verification.CredentialFileInput.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Verification.CredentialFileInput.MaxRequestBytes, ValueLengthLimit = Verification.CredentialFileInput.MaxRequestBytes)]
public sealed class SubmitModel(IGrainFactory grains, ICredentialResolver resolver, IOptions<HubOptions> hub) : PageModel
{
    [BindProperty]
    public SubmitForm Form { get; set; } = new();

    /// <summary>The credential file, instead of a share link (any outside format; told from its bytes).</summary>
    [BindProperty]
    public IFormFile? CredentialFile { get; set; }

    public FieldMessages Messages { get; } = new();

    public IReadOnlyList<ProgrammeChoice> Programmes { get; private set; } = [];

    /// <summary>The case this form made before it was changed and sent again, if that is why it is shown.</summary>
    public string? EarlierCaseId { get; private set; }

    public async Task OnGetAsync(string? link, CancellationToken cancellationToken)
    {
        // The link as given: the university sees what it is about to submit (its own input, on its own form).
        Form = new SubmitForm
        {
            Link = link?.Trim() ?? "",
            Nonce = RandomNumberGenerator.GetHexString(32, lowercase: true),
            Language = WebCultures.IsSupported(Language) ? Language : WebCultures.Default,
        };
        Programmes = await InstitutionProgrammes.ListAsync(grains, Institution, Language, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Programmes = await InstitutionProgrammes.ListAsync(grains, Institution, Language, cancellationToken);
        if (string.IsNullOrWhiteSpace(Form.Nonce))
        {
            // A form from before this page drew nonces, or a hand-made post: it gets one now, shown back with the form.
            Form.Nonce = RandomNumberGenerator.GetHexString(32, lowercase: true);
        }

        if (CredentialFile is { Length: > 0 } file)
        {
            var (document, error) = await Verification.CredentialFileInput.ReadAsync(file, null, cancellationToken);
            if (document is null)
            {
                Messages.Add(SubmitFields.CredentialFile, error!);
                return Page();
            }

            // The file becomes the form's credential text: a refused form shows it again, so it need not be chosen twice.
            Form.CredentialText = CredentialFileText.Of(document);
        }

        var isProgramme = Form.Target.Trim() == SubmitForm.ProgrammeTarget;
        var programme = isProgramme ? await InstitutionProgrammes.FindAsync(grains, Form.ProgrammeId, Institution, cancellationToken) : null;
        var request = SubmitRequestBuilder.Build(Form, Institution, programme, Messages);
        var submission = SubmitValidation.Validate(request, new InputPolicy(hub.Value.Input), Messages, isProgramme);
        if (submission is null)
        {
            return Page();
        }

        if (!ShareLink.TryParse(Form.Link, out var link))
        {
            // A credential file: the case reads and verifies it (no issuing hub to ask first).
            return await SubmitAsync(submission, isProgramme, cancellationToken);
        }

        // The link is checked here, before any case exists, rather than left to the case: a university that pastes a
        // link meant for someone else expects to be told so at once, on the form, and not to find a case opened in its
        // name (with a journal and a four-month deadline) that can only end CREDENTIAL_INVALID. The check is the case's
        // own resolution (same resolver, same recipient): a good credential's verification is cached, so the case does
        // not fetch it twice; a peer out of reach is no refusal, the case then waits for it as it would over the API.
        var resolved = await resolver.ResolveAsync(new CredentialByReference(link.IssuingHubId, link.CredentialId, link.ShareCode), Institution, cancellationToken);
        if (ShareLinkRefusals.Of(resolved.Verification) is { } refusal)
        {
            Messages.Add(SubmitFields.Link, refusal);
            return Page();
        }

        return await SubmitAsync(submission, isProgramme, cancellationToken);
    }

    private async Task<IActionResult> SubmitAsync(CaseSubmission submission, bool isProgramme, CancellationToken cancellationToken)
    {
        try
        {
            var state = await UniversityCases.Case(grains, CaseIds.For(Institution, submission.IdempotencyKey))
                .SubmitAsync(submission, TimeSpan.Zero, cancellationToken);
            return Redirect(UniversityPaths.Case(state.CaseId) + "?done=submitted");
        }
        catch (HubException refused) when (refused.Reason == "IDEMPOTENCY_KEY_REUSED")
        {
            // This form already made a case, and was changed since: the changes are kept, under a new nonce, so sending
            // them again is a new request on purpose rather than a refusal for ever.
            EarlierCaseId = CaseIds.For(Institution, submission.IdempotencyKey);
            Form.Nonce = RandomNumberGenerator.GetHexString(32, lowercase: true);
            Messages.Add(FieldMessages.Form, "This form already made a case, before you changed it. Your changes are kept: send them again to make a new request.");
            return Page();
        }
        catch (HubException refused)
        {
            Messages.Add(SubmitFields.Of(refused.Field ?? "", isProgramme), refused.Message);
            return Page();
        }
    }

    private string Institution => CallerIdentity.From(User).InstitutionId ?? "";

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
