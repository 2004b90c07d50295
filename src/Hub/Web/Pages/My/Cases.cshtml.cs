using System.Globalization;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Web.LearnerRecords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Web.Pages.My;

/// <summary>The recognition cases universities opened at other hubs with the signed-in learner's credentials, asked of
/// each hub a credential was given to (<see cref="CredentialCasesAbroad"/>); a hub that does not answer is listed as
/// not reached, never an error page.</summary>
[Authorize(Policy = WebAuth.LearnerPages)]
public sealed class CasesModel(IGrainFactory grains, CredentialCasesAbroad abroad, IOptions<HubOptions> hub, TimeProvider time) : PageModel
{
    public CasesAbroadView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var learnerId = CallerIdentity.From(User).LearnerId!;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var credentials = await LearnerCredentials.WithGrantsAsync(grains, learnerId, cancellationToken);
        var question = CasesAbroadQuestion.Of([.. credentials.Select(c => (c.Credential.Issued.CredentialId, c.Grants))], hub.Value.HubId);
        var answers = await abroad.AskAsync(question, cancellationToken);
        var titles = credentials.ToDictionary(c => c.Credential.Issued.CredentialId, c => LearnerCredentials.Title(c.Credential, language), StringComparer.Ordinal);
        View = CasesAbroadView.Build(answers, titles, language, time.GetUtcNow());
    }
}
