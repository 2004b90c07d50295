using System.Globalization;
using System.Text;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Printing;
using Exchange.Hub.Web.University;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.University;

/// <summary>
/// The case's decision as a download: <c>decision.json</c> (the API's RecognitionDecision), <c>decision.pdf</c>
/// (<see cref="DecisionPdf"/>, labels in the reader's language) or <c>decision.jwt</c> (the verifiable credential the
/// hub signed for the learner). A case without a decision, or another institution's,
/// has none to download.
/// </summary>
public sealed class DecisionModel(IGrainFactory grains, HubRecognitionPolicy policy, IOptions<HubOptions> hub, DecisionPdf pdf,
    IStringLocalizer<DecisionPrintTexts> texts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string caseId, string format, CancellationToken cancellationToken)
    {
        var state = await UniversityCases.FindAsync(grains, caseId, CallerIdentity.From(User), cancellationToken);
        if (state?.Decision is not { } decision)
        {
            return NotFound();
        }

        if (format == "jwt")
        {
            // Signed when the decision was taken; a decision from before hubs signed them has none to give.
            return decision.DecisionCredential is { Length: > 0 } jws
                ? File(Encoding.ASCII.GetBytes(jws), "application/vc+jwt", DecisionDocument.FileName(decision, "jwt"))
                : NotFound();
        }

        if (format == "json")
        {
            var json = DecisionDocument.ToJson(DecisionDocument.Of(state, decision, hub.Value.HubId, policy));
            return File(Encoding.UTF8.GetBytes(json), "application/json", DecisionDocument.FileName(decision, "json"));
        }

        var print = DecisionPrintBuilder.Build(state, decision, $"{hub.Value.DisplayName} ({hub.Value.HubId})", policy.AppealBodyName,
            CultureInfo.CurrentUICulture, label => texts[label].Value);
        return File(pdf.Render(print), "application/pdf", DecisionDocument.FileName(decision, "pdf"));
    }
}
