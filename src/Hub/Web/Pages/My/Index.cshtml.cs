using System.Globalization;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Learner;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.My;

/// <summary>The signed-in learner's credentials (/my): title, issuer, kind, level, workload, issued, status and how
/// long each is valid. Only credentials issued to this learner (their learner index, each checked again).</summary>
[Authorize(Policy = WebAuth.LearnerPages)]
public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public MyCredentialsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = CallerIdentity.From(User);
        var credentials = await OwnCredentials.ListAsync(grains, me, cancellationToken);
        View = MyCredentialsView.Build(credentials, me.LearnerId ?? "", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }
}
