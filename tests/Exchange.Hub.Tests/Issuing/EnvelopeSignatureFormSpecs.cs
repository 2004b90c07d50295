using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Tests.Trust;
using Exchange.Hub.Trust;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;
using VerificationVerdict = Exchange.Hub.Credentials.VerificationVerdict;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>Hole 11 of issue 19: an envelope has one accepted form; anything else is refused with a named reason.</summary>
[Collection(RegistryClusterGroup.Name)]
public sealed class EnvelopeSignatureFormSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task An_envelope_with_an_extra_signature_is_refused_as_unexpected()
    {
        var envelope = await IssuedAsync("L-extra");
        var extra = envelope with { Signatures = [.. envelope.Signatures, envelope.Signatures[1] with { SignerId = "hub-other", KeyId = "hub-other#1" }] };

        AssertRefused(await VerifyAsync(extra), EnvelopeSignatureForm.UnexpectedSignature);
        Assert.Equal(VerificationVerdict.Valid, (await VerifyAsync(envelope)).Verdict);
    }

    [Fact]
    public async Task An_envelope_with_a_duplicate_or_reordered_or_unknown_signature_is_refused_as_unexpected()
    {
        var envelope = await IssuedAsync("L-dup");
        var institution = envelope.Signatures[0];
        var hub = envelope.Signatures[1];

        AssertRefused(await VerifyAsync(envelope with { Signatures = [institution, institution, hub] }), EnvelopeSignatureForm.UnexpectedSignature);
        AssertRefused(await VerifyAsync(envelope with { Signatures = [hub, institution] }), EnvelopeSignatureForm.UnexpectedSignature);

        var unknownRole = EnvelopeContract.ToContract(envelope);
        unknownRole.Signatures.Add(unknownRole.Signatures[0].Clone());
        unknownRole.Signatures[2].Role = SignatureRole.Unspecified;
        AssertRefused(await VerifyAsync(EnvelopeContract.FromContract(unknownRole)), EnvelopeSignatureForm.UnexpectedSignature);

        var otherAlgorithm = EnvelopeContract.ToContract(envelope);
        otherAlgorithm.Signatures[0].Algorithm = SignatureAlgorithm.Rs256;
        AssertRefused(await VerifyAsync(EnvelopeContract.FromContract(otherAlgorithm)), EnvelopeSignatureForm.UnexpectedSignature);
    }

    [Fact]
    public async Task The_high_S_twin_of_an_institution_signature_or_attestation_is_refused_as_malleable()
    {
        var envelope = await IssuedAsync("L-twin");
        var institution = envelope.Signatures[0];
        var hub = envelope.Signatures[1];

        AssertRefused(await VerifyAsync(envelope with { Signatures = [institution, hub with { Signature = LowSSignatureSpecs.HighSTwin(hub.Signature) }] }),
            EnvelopeSignatureForm.SignatureMalleable);
        AssertRefused(await VerifyAsync(envelope with { Signatures = [institution with { Signature = LowSSignatureSpecs.HighSTwin(institution.Signature) }, hub] }),
            EnvelopeSignatureForm.SignatureMalleable);
    }

    [Fact]
    public async Task The_hub_refuses_to_attest_an_envelope_carrying_more_than_the_institution_signature()
    {
        var (institution, key) = await SelfSigningInstitutions.RegisterAsync(cluster);
        var signed = SelfSigningInstitutions.Signed(cluster, institution, key, CredentialIdBinding.For("UA", institution, "own-extra"), "L-own-extra");
        var withExtra = signed.Clone();
        withExtra.Signatures.Add(signed.Signatures[0].Clone());

        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(
            new IssueCredentialRequest { IdempotencyKey = "own-extra", InstitutionId = institution, InstitutionSignedEnvelope = withExtra }));
        Assert.Equal((ErrorKind.InvalidArgument, EnvelopeSignatureForm.UnexpectedSignature), (refusal.Kind, refusal.Reason));

        var highS = signed.Clone();
        highS.Signatures[0].Signature = Google.Protobuf.ByteString.CopyFrom(LowSSignatureSpecs.HighSTwin(signed.Signatures[0].Signature.ToByteArray()));
        refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(
            new IssueCredentialRequest { IdempotencyKey = "own-extra", InstitutionId = institution, InstitutionSignedEnvelope = highS }));
        Assert.Equal(EnvelopeSignatureForm.SignatureMalleable, refusal.Reason);

        await cluster.Issuer.IssueAsync(new IssueCredentialRequest { IdempotencyKey = "own-extra", InstitutionId = institution, InstitutionSignedEnvelope = signed });
    }

    private async Task<SignedEnvelope> IssuedAsync(string learner)
    {
        var id = "UA-I" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        await grain.AddSigningKeyAsync(new NewSigningKey(id + "#1", null, null, null, GenerateCustodial: true, Activate: true));
        return (await cluster.Issuer.IssueAsync(Samples.IssueRequest(id, learner, "k-" + learner))).Issued.Envelope;
    }

    private async Task<CredentialVerification> VerifyAsync(SignedEnvelope envelope) =>
        (await cluster.Verifier.VerifyAsync(envelope, LocalCredentialVerifier.NoShareGrant)).Report;

    private static void AssertRefused(CredentialVerification report, string reason)
    {
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        var format = report.Checks.Single(c => c.Check == VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Equal(reason, format.FailureReason);
    }
}
