using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>A credential a case is about, named by the hub that issued it and its id there.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCredentialRef")]
public sealed record CaseCredentialRef([property: Id(0)] string IssuingHubId, [property: Id(1)] string CredentialId)
{
    /// <summary>Every credential the case was ever about, first as submitted then as supplemented: one by reference
    /// names its issuing hub; one handed over as an envelope only once its verification found the envelope valid
    /// (then the header's issuing hub and id are known and signed), as the decision notices rule.</summary>
    public static IReadOnlyList<CaseCredentialRef> Of(RecognitionCaseState state)
    {
        var found = new List<CaseCredentialRef>();
        foreach (var reference in (state.Submission?.Credentials ?? []).OfType<CredentialByReference>())
        {
            Add(reference.IssuingHubId, reference.CredentialId);
        }

        for (var i = 0; i < state.CurrentCredentials.Count; i++)
        {
            if (state.CurrentCredentials[i] is CredentialByReference reference)
            {
                Add(reference.IssuingHubId, reference.CredentialId);
            }
            else if (i < state.Verifications.Count && state.Verifications[i] is { Verdict: VerificationVerdict.Valid } verification)
            {
                Add(verification.IssuingHubId, verification.CredentialId);
            }
        }

        return found;

        void Add(string issuingHubId, string credentialId)
        {
            var entry = new CaseCredentialRef(issuingHubId, credentialId);
            if (issuingHubId.Length > 0 && credentialId.Length > 0 && !found.Contains(entry))
            {
                found.Add(entry);
            }
        }
    }
}

/// <summary>A case the index lists under a credential: which credential, which case, and the requesting institution
/// (the case's key in the index).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialCaseRow")]
public sealed record CredentialCaseRow(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string InstitutionId);
