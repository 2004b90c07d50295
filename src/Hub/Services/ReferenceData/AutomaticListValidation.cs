using System.Text.RegularExpressions;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Services.ReferenceData;

/// <summary>Field checks of an automatic recognition list, collecting every problem of a request.</summary>
internal static partial class AutomaticListValidation
{
    public static FieldViolations Check(V1.AutomaticRecognitionList? list, string prefix)
    {
        var v = new FieldViolations();
        if (list is null)
        {
            return v.Add(prefix, $"{prefix} is required.");
        }

        if (!IdPattern().IsMatch(list.ListId))
        {
            v.Add($"{prefix}.list_id", "list_id is required: 3 to 64 lower-case letters, digits and dashes, e.g. kz-leading-providers.");
        }
        else if (string.Equals(list.ListId, AutomaticRecognitionList.PolicyFileId, StringComparison.Ordinal))
        {
            v.Add($"{prefix}.list_id", "list_id 'policy-file' names the list the policy file gives; choose another id.");
        }

        if (Texts.IsBlank(list.Name))
        {
            v.Add($"{prefix}.name", "The list's name is required.");
        }

        if (string.IsNullOrWhiteSpace(list.LegalBasis))
        {
            v.Add($"{prefix}.legal_basis", "The legal basis is required: decisions that rely on the list cite it.");
        }

        if (list.Active && list.ProviderIds.Count == 0)
        {
            v.Add($"{prefix}.provider_ids", "A list in force names at least one provider.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.ProviderIds.Count; i++)
        {
            var id = list.ProviderIds[i];
            if (string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length)
            {
                v.Add($"{prefix}.provider_ids[{i}]", "A provider id is the awarding body id credentials carry: not empty, no surrounding spaces.");
            }
            else if (!seen.Add(id))
            {
                v.Add($"{prefix}.provider_ids[{i}]", $"Provider '{id}' is already on the list.");
            }
        }

        return v;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
