using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Signing;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Trust;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>Institutions that sign their envelopes with their own key, and the envelopes they submit for attestation.</summary>
internal static class SelfSigningInstitutions
{
    public static async Task<(string Institution, ECDsa Key)> RegisterAsync(RegistryCluster cluster)
    {
        var id = "UA-I" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        var key = Es256.CreateKey();
        await grain.AddSigningKeyAsync(new NewSigningKey(id + "#own", key.ExportSubjectPublicKeyInfo(), null, null, GenerateCustodial: false, Activate: true));
        return (id, key);
    }

    /// <summary>An envelope the institution signed itself, naming the given credential id.</summary>
    public static Envelope Signed(RegistryCluster cluster, string institution, ECDsa key, string credentialId, string learner)
    {
        var credential = Samples.IssueRequest(institution, learner, "unused").Credential;
        credential.CredentialId = credentialId;
        credential.IssuingHubId = RegistryCluster.HubId;
        var payload = credential.ToByteArray();
        var header = new EnvelopeHeader
        {
            EnvelopeId = "env-" + Guid.NewGuid().ToString("N")[..12], FormatVersion = 1, ContentType = ContentType.ExchangeCredential,
            IssuingHubId = RegistryCluster.HubId, IssuingCountryCode = "UA", InstitutionId = institution, CredentialId = credentialId,
            InstitutionKeyId = institution + "#own", HubKeyId = cluster.Keys.AttestationKeyId,
            IssuedAt = Timestamp.FromDateTimeOffset(RegistryCluster.Clock.GetUtcNow()),
            PayloadSha256 = ByteString.CopyFrom(SHA256.HashData(payload)),
        }.ToByteArray();
        var signature = EnvelopeSigner.SignAsInstitution(key, header, payload);
        return EnvelopeContract.ToContract(new SignedEnvelope(header, payload,
            [new EnvelopeSignatureData(SignerRole.Institution, institution, institution + "#own", signature, RegistryCluster.Clock.GetUtcNow())]));
    }
}
