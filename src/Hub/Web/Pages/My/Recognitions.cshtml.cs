using System.Globalization;
using Exchange.Hub.Security;
using Exchange.Hub.Web.LearnerRecords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.My;

/// <summary>The recognitions the signed-in learner's credentials received abroad, as the recognising hubs delivered
/// them to this hub (the learner's record on each credential).</summary>
[Authorize(Policy = WebAuth.LearnerPages)]
public sealed class RecognitionsModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public RecognitionsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var learnerId = CallerIdentity.From(User).LearnerId!;
        var credentials = await LearnerCredentials.WithRecognitionsAsync(grains, learnerId, cancellationToken);
        View = RecognitionsView.Build(credentials, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, time.GetUtcNow());
    }
}
