using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>Looks the file's providers up on the policy's automatic recognition lists.</summary>
internal static class AutomaticBases
{
    /// <summary>Quality recognised because every provider is listed.</summary>
    public const string QualityKey = "autolist.quality";

    /// <summary>Quality of some credentials resting on a list, of the others on accreditation.</summary>
    public const string QualityInPartKey = "autolist.quality_in_part";

    /// <summary>Outcomes recognised without comparison because every provider is listed.</summary>
    public const string OutcomesKey = "autolist.outcomes";

    /// <summary>The basis of the first credential when every credential's provider is on a list in force; null otherwise.</summary>
    public static AutomaticRecognitionBasis? ForAll(IReadOnlyList<Credential> credentials, RecognitionPolicy policy)
    {
        AutomaticRecognitionBasis? first = null;
        foreach (var credential in credentials)
        {
            if (policy.AutomaticBasisFor(credential.AwardingBody?.Id) is not { } basis)
            {
                return null;
            }

            first ??= basis;
        }

        return first;
    }

    /// <summary>The arguments every <c>autolist.*</c> explanation carries: which list, which version, which provider.</summary>
    public static MessageArgument[] Arguments(AutomaticRecognitionBasis basis) =>
        [Assessments.Arg("list_id", basis.ListId), Assessments.Arg("list_version", basis.ListVersion), Assessments.Arg("provider_id", basis.ProviderId)];
}
