using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>The signature check and the key trust check of one JWS, and the trusted issuer when the trust list has it.</summary>
public sealed record KeyFinding(CheckOutcome EmbeddedProof, CheckOutcome IssuerKeyTrusted, TrustedIssuer? Issuer)
{
    public bool SignatureVerified => EmbeddedProof.Result == CheckResult.Passed;

    public bool KeyTrusted => IssuerKeyTrusted.Result == CheckResult.Passed;
}

/// <summary>
/// Finds the key a VC-JWT was signed with and decides whether it is trusted. Signature validity and key trust are
/// separate: a key from the trust list (by kid, or any of the issuer's keys when kid names none of them) or a
/// certificate chaining to one of the issuer's registered roots is trusted; a key that only travels in the document
/// (jwk header, x5c without a registered root, did:key) verifies the signature but leaves the issuer unproven, which
/// an officer judges (NeedsReview, ISSUER_NOT_TRUSTED). When the issuer IS on the trust list, only its registered keys
/// and roots count: a signature none of them verifies fails, even if a key in the document verifies it, because a
/// document naming a trusted issuer with a key that issuer never registered is what an impersonation looks like.
/// </summary>
public sealed class SigningKeyFinder(IOutsideIssuerTrust trust)
{
    private static readonly string[] Accepted = ["ES256", "RS256"];

    public async Task<KeyFinding> FindAsync(CompactJws jws, JoseHeader header, string issuerId, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        if (!Accepted.Contains(header.Algorithm, StringComparer.Ordinal))
        {
            var why = header.Algorithm switch
            {
                "none" => "The JWS is unsecured (alg none); an unsigned credential proves nothing.",
                var a when a.StartsWith("HS", StringComparison.Ordinal) => $"alg {header.AlgorithmForReport} is a shared-secret MAC, which an issuer's public key cannot check.",
                _ => $"alg {header.AlgorithmForReport} is not ES256 or RS256, the algorithms this hub verifies.",
            };
            return Unverified(why);
        }

        var issuer = await trust.FindAsync(issuerId, cancellationToken);
        return issuer is null
            ? Untrusted(jws, header, issuerId, signedAt)
            : Trusted(jws, header, issuer, signedAt);
    }

    /// <summary>The finding for a JWS that must be signed by <paramref name="issuer"/> (a status list of that issuer).</summary>
    public static KeyFinding Trusted(CompactJws jws, JoseHeader header, TrustedIssuer issuer, DateTimeOffset signedAt)
    {
        if (!Accepted.Contains(header.Algorithm, StringComparer.Ordinal))
        {
            return Unverified($"alg {header.AlgorithmForReport} is not ES256 or RS256, the algorithms this hub verifies.");
        }

        var source = issuer.Source.Length > 0 ? $" (trust list of {issuer.Source})" : "";
        var named = header.KeyId is { } kid ? issuer.Keys.Where(k => Names(kid, k.KeyId)).ToList() : [];
        // kid is a hint (VC-JOSE): the named key first, then the issuer's other keys.
        foreach (var registered in named.Concat(issuer.Keys.Except(named)))
        {
            using var key = JoseKey.FromSubjectPublicKeyInfo(registered.SpkiDer, out _);
            if (key is null || !key.Fits(header.Algorithm) || !key.Verify(header.Algorithm, jws.SigningInput, jws.Signature))
            {
                continue;
            }

            var proof = Pass(VerificationCheck.EmbeddedProof, $"The {header.Algorithm} signature verifies with key {registered.KeyId} of {issuer.Name}.", registered.KeyId);
            var keyCheck = registered.ValidAt(signedAt)
                ? Pass(VerificationCheck.IssuerKeyTrusted, $"Key {registered.KeyId} is a registered key of {issuer.Name} ({issuer.IssuerId}){source}, valid at {signedAt:O}.", registered.KeyId)
                : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                    $"Key {registered.KeyId} of {issuer.Name} was not valid at {signedAt:O} (window {registered.NotBefore:O} – {registered.NotAfter:O}{(registered.RevokedAt is { } r ? $", revoked {r:O}" : "")}).",
                    "KEY_NOT_VALID", registered.KeyId);
            return new KeyFinding(proof, keyCheck, issuer);
        }

        if (header.CertificateChain is { } chain && issuer.CertificateRoots.Count > 0)
        {
            var certificate = CertificateFinding(jws, header, chain, issuer.CertificateRoots, signedAt);
            if (certificate.Verified && certificate.Chained)
            {
                return new KeyFinding(
                    Pass(VerificationCheck.EmbeddedProof, $"The {header.Algorithm} signature verifies with the certificate {certificate.Subject}."),
                    Pass(VerificationCheck.IssuerKeyTrusted, $"The certificate {certificate.Subject} chains to a root registered for {issuer.Name} ({issuer.IssuerId}){source}, valid at {signedAt:O}."),
                    issuer);
            }
        }

        var tried = header.KeyId is { } k ? $"kid \"{Cut(k)}\"" : "no kid";
        return new KeyFinding(
            new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed,
                $"{issuer.Name} ({issuer.IssuerId}) is on the trust list{source}, but none of its {issuer.Keys.Count} registered keys and {issuer.CertificateRoots.Count} certificate roots verifies this signature ({tried}).",
                "EMBEDDED_PROOF_INVALID", header.KeyId),
            NotChecked("the signature does not verify with any key of the issuer."),
            issuer);
    }

    private static KeyFinding Untrusted(CompactJws jws, JoseHeader header, string issuerId, DateTimeOffset signedAt)
    {
        var untrusted = $"Issuer {Cut(issuerId)} is neither on this hub's trust list of outside issuers nor in a peer hub's signed institution list";
        if (header.CertificateChain is { } chain)
        {
            var certificate = CertificateFinding(jws, header, chain, [], signedAt);
            return certificate.Verified
                ? Referred(header, $"The {header.Algorithm} signature verifies with the certificate {certificate.Subject} the document carries (x5c).",
                    $"{untrusted}; the certificate chains to no registered root.")
                : Unverified($"The signature does not verify with the certificate the document carries (x5c){certificate.Problem}.");
        }

        var (key, where, problem) = EmbeddedKey(header, issuerId);
        using (key)
        {
            if (key is null)
            {
                return Unverified(problem ?? $"{untrusted}, and the document carries no key of its own (jwk, x5c, did:key): the signature cannot be checked.");
            }

            if (!key.Fits(header.Algorithm))
            {
                return Unverified($"The {key.Kind} key in the {where} cannot make an {header.Algorithm} signature.");
            }

            return key.Verify(header.Algorithm, jws.SigningInput, jws.Signature)
                ? Referred(header, $"The {header.Algorithm} signature verifies with the {key.Kind} key the document carries ({where}).", $"{untrusted}; the key travels only in the document.")
                : Unverified($"The signature does not verify with the key the document carries ({where}).");
        }
    }

    /// <summary>The key the document itself carries: the jwk header, else a did:key in kid or as the issuer.</summary>
    private static (JoseKey? Key, string Where, string? Problem) EmbeddedKey(JoseHeader header, string issuerId)
    {
        if (header.Jwk is { } jwk)
        {
            var key = JoseKey.FromJwk(jwk, out var problem);
            return (key, "jwk header", key is null ? "The header's jwk is not usable: " + problem : null);
        }

        var did = issuerId.StartsWith(DidKey.Prefix, StringComparison.Ordinal) ? issuerId
            : header.KeyId is { } kid && kid.StartsWith(DidKey.Prefix, StringComparison.Ordinal) ? kid
            : null;
        if (did is null)
        {
            return (null, "", null);
        }

        if (header.KeyId is { } named && named.StartsWith(DidKey.Prefix, StringComparison.Ordinal) && named.Split('#')[0] != did.Split('#')[0])
        {
            return (null, "", "The kid names another did:key than the issuer.");
        }

        var fromDid = DidKey.TryRead(did, out var didProblem);
        return (fromDid, "did:key", fromDid is null ? didProblem : null);
    }

    private sealed record CertificateResult(bool Verified, bool Chained, string Subject, string Problem);

    /// <summary>Verifies with the leaf certificate and builds its chain to <paramref name="roots"/> offline: no
    /// downloads, no revocation fetch (the hub reaches no network for a document), at the signing time.</summary>
    private static CertificateResult CertificateFinding(CompactJws jws, JoseHeader header, IReadOnlyList<byte[]> chain, IReadOnlyList<X509Certificate2> roots, DateTimeOffset signedAt)
    {
        var certificates = new List<X509Certificate2>();
        try
        {
            foreach (var der in chain)
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(der));
            }

            var leaf = certificates[0];
            using var key = JoseKey.FromCertificate(leaf, out var problem);
            var subject = Cut(leaf.Subject);
            if (key is null || !key.Fits(header.Algorithm) || !key.Verify(header.Algorithm, jws.SigningInput, jws.Signature))
            {
                return new CertificateResult(false, false, subject, key is null ? ": " + problem : "");
            }

            if (roots.Count == 0)
            {
                return new CertificateResult(true, false, subject, "");
            }

            using var builder = new X509Chain();
            builder.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            builder.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
            builder.ChainPolicy.ExtraStore.AddRange(certificates.Skip(1).ToArray());
            builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            builder.ChainPolicy.DisableCertificateDownloads = true;
            builder.ChainPolicy.VerificationTime = signedAt.UtcDateTime;
            return new CertificateResult(true, builder.Build(leaf), subject, "");
        }
        catch (CryptographicException)
        {
            return new CertificateResult(false, false, "", ": a certificate of x5c is not DER X.509");
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static bool Names(string kid, string keyId) =>
        kid == keyId || (kid.EndsWith("#" + keyId, StringComparison.Ordinal) && keyId.Length > 0);

    private static KeyFinding Referred(JoseHeader header, string proof, string untrusted) => new(
        Pass(VerificationCheck.EmbeddedProof, proof, header.KeyId),
        new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview, untrusted + " An officer judges whether the issuer is who it claims to be.", "ISSUER_NOT_TRUSTED", header.KeyId),
        null);

    private static KeyFinding Unverified(string why) => new(
        new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed, why, "EMBEDDED_PROOF_INVALID"),
        NotChecked("the signature does not verify."),
        null);

    private static CheckOutcome NotChecked(string why) => new(VerificationCheck.IssuerKeyTrusted, CheckResult.NotApplicable, "Not checked: " + why);

    private static CheckOutcome Pass(VerificationCheck check, string detail, string? keyId = null) => new(check, CheckResult.Passed, detail, null, keyId);

    /// <summary>Values from the document go into the report cut short: they are the sender's words.</summary>
    private static string Cut(string value) => value.Length <= 120 ? value : value[..120] + "…";
}
