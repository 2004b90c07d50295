namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>The signature check and the key trust check of one Data Integrity proof, and the trusted issuer when the
/// trust list has it.</summary>
public sealed record ProofFinding(CheckOutcome EmbeddedProof, CheckOutcome IssuerKeyTrusted, TrustedIssuer? Issuer)
{
    public bool SignatureVerified => EmbeddedProof.Result == CheckResult.Passed;

    public bool KeyTrusted => IssuerKeyTrusted.Result == CheckResult.Passed;
}

/// <summary>
/// Finds the key a proof's verification method names and decides whether it is trusted. A did:key carries its key,
/// so the signature is always checked; the issuer is trusted when its did:key is on the trust list. Any other
/// verification method (an https URL, another DID) is resolved only through the trust list — the hub fetches no keys:
/// one of the issuer's registered keys of the suite's kind (the one whose key id is the method first) must verify it. A registered
/// key that is named but does not verify fails the proof; a method the trust list does not hold leaves the proof
/// unchecked for an officer (NeedsReview, ISSUER_NOT_TRUSTED).
/// </summary>
public sealed class ProofKeyFinder(IOutsideIssuerTrust trust)
{
    public async Task<ProofFinding> FindAsync(DataIntegrityProof proof, string issuerId, ProofSignature signature, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(signature);
        var method = proof.VerificationMethod;
        var issuer = await trust.FindAsync(issuerId, cancellationToken);
        var source = issuer is { Source.Length: > 0 } ? $" (trust list of {issuer.Source})" : "";
        var methodWords = OutsideChecks.Cut(method);
        if (method.StartsWith(Multikey.DidKeyPrefix, StringComparison.Ordinal))
        {
            var byDidKey = signature.VerifiesWithDidKey(method);
            if (byDidKey is null)
            {
                return Unverified($"The verification method {methodWords} is not a did:key of an {signature.KeyKind} key, which {proof.Suite} needs.", method);
            }

            if (byDidKey == false)
            {
                return Unverified($"The {proof.Suite} proof does not verify with the key of {methodWords}.", method);
            }

            var signed = OutsideChecks.Pass(VerificationCheck.EmbeddedProof, $"The {proof.Suite} proof verifies with the {signature.KeyKind} key of {methodWords}.") with { KeyId = method };
            return issuer is null
                ? new ProofFinding(signed, new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview,
                    $"Issuer {OutsideChecks.Cut(issuerId)} is neither on this hub's trust list of outside issuers nor in a peer hub's signed institution list; the key travels only in its did:key.",
                    "ISSUER_NOT_TRUSTED", method), null)
                : new ProofFinding(signed, OutsideChecks.Pass(VerificationCheck.IssuerKeyTrusted,
                    $"The did:key {OutsideChecks.Cut(issuerId)} is the registered issuer id of {issuer.Name}{source}.") with { KeyId = method }, issuer);
        }

        var registered = issuer is null ? [] : issuer.Keys.Where(k => signature.VerifiesWithRegistered(k.SpkiDer) is not null).ToList();
        var named = registered.Where(k => Names(method, k.KeyId)).ToList();
        foreach (var key in named.Concat(registered.Except(named)))
        {
            if (signature.VerifiesWithRegistered(key.SpkiDer) != true)
            {
                continue;
            }

            var proofCheck = OutsideChecks.Pass(VerificationCheck.EmbeddedProof, $"The {proof.Suite} proof verifies with key {key.KeyId} of {issuer!.Name}.") with { KeyId = key.KeyId };
            var keyCheck = key.ValidAt(signedAt)
                ? OutsideChecks.Pass(VerificationCheck.IssuerKeyTrusted, $"Key {key.KeyId} is a registered {signature.KeyKind} key of {issuer.Name} ({issuer.IssuerId}){source}, valid at {signedAt:O}.") with { KeyId = key.KeyId }
                : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                    $"Key {key.KeyId} of {issuer.Name} was not valid at {signedAt:O} (window {key.NotBefore:O} – {key.NotAfter:O}{(key.RevokedAt is { } r ? $", revoked {r:O}" : "")}).",
                    "KEY_NOT_VALID", key.KeyId);
            return new ProofFinding(proofCheck, keyCheck, issuer);
        }

        if (issuer is not null && named.Count > 0)
        {
            return new ProofFinding(
                new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed,
                    $"The {proof.Suite} proof does not verify with key {named[0].KeyId} of {issuer.Name} ({issuer.IssuerId}){source}, which its verification method names, nor with any other of its {registered.Count} {signature.KeyKind} keys.",
                    "EMBEDDED_PROOF_INVALID", method),
                OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the proof does not verify with any key of the issuer"),
                issuer);
        }

        var why = issuer is null
            ? $"Issuer {OutsideChecks.Cut(issuerId)} is neither on this hub's trust list of outside issuers nor in a peer hub's signed institution list."
            : $"{issuer.Name} ({issuer.IssuerId}) is on the trust list{source}, but none of its {registered.Count} registered {signature.KeyKind} keys is {methodWords} or verifies the proof.";
        return new ProofFinding(
            new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                $"The {proof.Suite} proof could not be checked: the key {methodWords} is not on the trust list and the hub fetches no keys.",
                "ISSUER_NOT_TRUSTED", method),
            new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview, why, "ISSUER_NOT_TRUSTED", method),
            issuer);
    }

    /// <summary>A registered key id names the method when it is the method itself or its fragment.</summary>
    private static bool Names(string method, string keyId) =>
        keyId == method || (method.Split('#') is [_, var fragment] && (keyId == fragment || keyId == "#" + fragment));

    private static ProofFinding Unverified(string why, string method) => new(
        new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed, why, "EMBEDDED_PROOF_INVALID", method),
        OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the proof does not verify"),
        null);
}
