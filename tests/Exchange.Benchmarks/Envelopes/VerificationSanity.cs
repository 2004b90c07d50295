using Exchange.Hub.Credentials;
using Exchange.Hub.Trust;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// Proves, before anything is measured, that every benchmarked verification accepts the good document and refuses a
/// tampered one, so a benchmark can never time a short-circuit. Throws on the first verification that does not.
/// </summary>
public static class VerificationSanity
{
    public static void Prove(EnvelopeFixture envelope, ElmoFixture elmo)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(elmo);
        foreach (var (shape, inputs) in new[] { ("own credential", envelope.OwnHubInputs), ("peer credential", envelope.PeerInputs) })
        {
            var good = EnvelopeVerifier.Verify(envelope.Envelope, inputs).Report;
            Require(good.Verdict == VerificationVerdict.Valid && !good.Checks.Any(c => c.Result is CheckResult.Failed or CheckResult.Unavailable),
                $"The untouched envelope ({shape}) is not valid: " + string.Join("; ", good.Checks.Select(c => $"{c.Check}={c.Result} {c.Detail}")));
            Require(Passed(good, VerificationCheck.HubAttestation), $"The hub attestation of the untouched envelope ({shape}) was not verified.");
            RequireInvalid(EnvelopeVerifier.Verify(envelope.WithTamperedPayload(), inputs).Report, VerificationCheck.HubAttestation, $"payload bit flipped ({shape})");
            RequireInvalid(EnvelopeVerifier.Verify(envelope.WithTamperedSignature(SignerRole.HubAttestation), inputs).Report, VerificationCheck.HubAttestation,
                $"attestation bit flipped ({shape})");
        }

        Require(Passed(EnvelopeVerifier.Verify(envelope.Envelope, envelope.OwnHubInputs).Report, VerificationCheck.InstitutionSignature),
            "The institution signature of the untouched envelope was not verified.");
        RequireInvalid(EnvelopeVerifier.Verify(envelope.WithTamperedSignature(SignerRole.Institution), envelope.OwnHubInputs).Report,
            VerificationCheck.InstitutionSignature, "institution signature bit flipped");

        Require(ElmoSignature.Verify(elmo.RsaSigned, elmo.RegisteredRsaKey), "The RSA-signed ELMO document does not verify.");
        Require(!ElmoSignature.Verify(ElmoFixture.WithTamperedGrade(elmo.RsaSigned), elmo.RegisteredRsaKey), "The RSA-signed ELMO document verifies with a changed grade.");
        Require(ElmoSignature.Verify(elmo.EcdsaSigned, elmo.RegisteredEcdsaKey), "The ECDSA-signed ELMO document does not verify.");
        Require(!ElmoSignature.Verify(ElmoFixture.WithTamperedGrade(elmo.EcdsaSigned), elmo.RegisteredEcdsaKey), "The ECDSA-signed ELMO document verifies with a changed grade.");
    }

    private static bool Passed(CredentialVerification report, VerificationCheck check) =>
        report.Checks.Any(c => c.Check == check && c.Result == CheckResult.Passed);

    private static void RequireInvalid(CredentialVerification report, VerificationCheck expectedFailure, string what) =>
        Require(report.Verdict == VerificationVerdict.Invalid && report.Checks.Any(c => c.Check == expectedFailure && c.Result == CheckResult.Failed),
            $"The envelope with {what} is not refused by {expectedFailure}.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Verification sanity: " + message);
        }
    }
}
