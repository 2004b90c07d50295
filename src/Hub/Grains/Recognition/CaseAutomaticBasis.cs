using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.ReferenceData;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The automatic recognition list a case's assessment (and its automatic decision) relied on, as it was then: id, name,
/// version, legal basis and the listed provider. Kept with the case, so a later change of the list does not rewrite
/// what an earlier decision relied on (recognition.proto AutomaticRecognitionBasis).
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseAutomaticBasis")]
public sealed record CaseAutomaticBasis(
    [property: Id(0)] string ListId,
    [property: Id(1)] IReadOnlyList<LocalText> ListName,
    [property: Id(2)] long ListVersion,
    [property: Id(3)] string ProviderId,
    [property: Id(4)] string LegalBasis)
{
    /// <summary>The message key of the sentence the journal and the decision say it with.</summary>
    public const string MessageKey = "autolist.decided";

    /// <summary>The rules' basis, with the list's names in every language the hub keeps (the policy file's list has one).</summary>
    public static CaseAutomaticBasis From(AutomaticRecognitionBasis basis, IReadOnlyList<AutomaticListEntry> lists)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var names = lists.FirstOrDefault(l => string.Equals(l.ListId, basis.ListId, StringComparison.Ordinal))?.Name;
        return new CaseAutomaticBasis(basis.ListId, names ?? [new LocalText("en", basis.ListName)], basis.ListVersion, basis.ProviderId, basis.LegalBasis);
    }

    /// <summary>The arguments of <see cref="MessageKey"/>.</summary>
    public IReadOnlyDictionary<string, string> Arguments => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["list_id"] = ListId,
        ["list_version"] = ListVersion.ToString(CultureInfo.InvariantCulture),
        ["provider_id"] = ProviderId,
        ["legal_basis"] = LegalBasis,
    };

    /// <summary>The English sentence of <see cref="MessageKey"/> (Hub/Messages/Autolist.resx).</summary>
    public string English => string.Create(CultureInfo.InvariantCulture,
        $"Recognised automatically under list {ListId} (version {ListVersion}, provider {ProviderId}; legal basis: {LegalBasis}).");
}
