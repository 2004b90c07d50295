using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Contracts.V1;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Domain = Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Issuing;

/// <summary>
/// The access rights of a credential this hub issues (LRC Art. IV.1): what the institution states is checked; a
/// degree that states none gets the further study its level opens at home from the Adapters' national data, with
/// that data named as the source, before it is signed — so every receiving hub reads the same rights.
/// </summary>
public static class IssuedAccessRights
{
    private static readonly RecognitionRules Rules = RecognitionRules.Default;

    /// <summary>Refuses a right without a kind or with an EQF level outside 0–8 (0 = not stated).</summary>
    public static void Validate(Credential credential, string prefix)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var violations = new FieldViolations();
        for (var i = 0; i < credential.AccessRights.Count; i++)
        {
            var right = credential.AccessRights[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{prefix}.access_rights[{i}]");
            if (right.Kind == AccessKind.Unspecified || !Enum.IsDefined(right.Kind))
            {
                violations.Add(at + ".kind", "Each access right needs a kind: FURTHER_STUDY, EMPLOYMENT or REGULATED_PROFESSION.");
            }

            if (right.EqfLevel is < 0 or > 8)
            {
                violations.Add(at + ".eqf_level", "eqf_level is an EQF level 1–8, or 0 when not stated.");
            }
        }

        violations.ThrowIfAny();
    }

    /// <summary>Adds the derived right to a degree that states none; leaves everything else as issued.</summary>
    public static void FillDerived(Credential credential, string country)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (credential.AccessRights.Count > 0 || credential.Kind != CredentialKind.Degree)
        {
            return;
        }

        var domain = CredentialToDomain.Map(credential);
        var level = domain.Level is { } claim ? Rules.Levels.ToEqf(claim, domain.IssueDate).Eqf : null;
        if (Rules.Access.Derive(Domain.CredentialKind.Degree, domain.IssuerCountry ?? country, level) is not { } derived)
        {
            return;
        }

        credential.AccessRights.Add(new AccessRight
        {
            Kind = AccessKind.FurtherStudy,
            EqfLevel = derived.Right.EqfLevel ?? 0,
            // No description: the document does not print it; the source names the national data it comes from.
            Source = derived.Right.Source,
        });
    }
}
