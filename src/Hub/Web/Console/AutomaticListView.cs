using System.Globalization;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Console;

/// <summary>The automatic recognition list a case relied on, as the console and the university page show it: the list's
/// name in the reader's language, its id and version then, its legal basis and the listed provider.</summary>
public sealed record AutomaticListView(string Name, string ListId, string Version, string LegalBasis, string ProviderId)
{
    public static AutomaticListView? Of(CaseAutomaticBasis? basis, string language) => basis is null
        ? null
        : new(LocalTexts.Pick(basis.ListName, language) is { Length: > 0 } name ? name : basis.ListId, basis.ListId,
            basis.ListVersion.ToString(CultureInfo.InvariantCulture), basis.LegalBasis, basis.ProviderId);
}
