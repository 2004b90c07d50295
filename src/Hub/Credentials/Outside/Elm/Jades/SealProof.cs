using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// The signature check of one JAdES signature: with the leaf certificate it carries (x5c), or, when it names its
/// certificate only by reference, with the issuer's registered keys on the trust list (the named key first). An RSA
/// key under 2048 bits is refused by policy (SIGNATURE_ALGORITHM_REFUSED), whatever the signature says.
/// </summary>
public static class SealProof
{
    public sealed record Finding(CheckOutcome Outcome, TrustedIssuerKey? RegisteredKey);

    public static Finding Verify(JadesDocument jws, JadesSignature signature, JadesHeader header, X509Certificate2? leaf, TrustedIssuer? issuer)
    {
        ArgumentNullException.ThrowIfNull(jws);
        ArgumentNullException.ThrowIfNull(header);
        var input = jws.SigningInput(signature, header.Unencoded);
        var alg = header.Algorithm;
        if (leaf is not null)
        {
            var subject = SealCertificate.Describe(leaf.SubjectName);
            if (alg.Verify(leaf, input, signature.Value, out var problem, out var refused))
            {
                return new Finding(Pass($"The {alg.Name} seal verifies with the certificate it carries (x5c): {subject}."), null);
            }

            return new Finding(refused
                ? Fail(problem, "SIGNATURE_ALGORITHM_REFUSED")
                : Fail($"The seal does not verify with the certificate it carries (x5c: {subject}){(problem.Length > 0 ? ": " + problem : "")}.", "EMBEDDED_PROOF_INVALID"), null);
        }

        if (issuer is null)
        {
            return new Finding(Fail("The seal carries no certificate (no x5c) and its issuer is not on the trust list, so no key can check it.", "EMBEDDED_PROOF_INVALID"), null);
        }

        var named = issuer.Keys.Where(k => k.KeyId == header.KeyId).ToList();
        string? refusal = null;
        foreach (var key in named.Concat(issuer.Keys.Except(named)))
        {
            if (alg.Verify(key.SpkiDer, input, signature.Value, out var problem, out var refused))
            {
                return new Finding(Pass($"The {alg.Name} seal verifies with key {key.KeyId} of {issuer.Name}, registered on the trust list (the seal carries no certificate)."), key);
            }

            refusal ??= refused ? problem : null;
        }

        return new Finding(refusal is not null
            ? Fail(refusal, "SIGNATURE_ALGORITHM_REFUSED")
            : Fail($"The seal carries no certificate (no x5c), and none of the {issuer.Keys.Count} keys registered for {issuer.Name} verifies it.", "EMBEDDED_PROOF_INVALID"), null);
    }

    private static CheckOutcome Pass(string detail) => OutsideChecks.Pass(VerificationCheck.EmbeddedProof, detail);

    private static CheckOutcome Fail(string detail, string reason) => new(VerificationCheck.EmbeddedProof, CheckResult.Failed, detail, reason);
}
