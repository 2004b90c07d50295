using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>The signature check and key trust check of one ELMO, the trusted issuer whose key verified it (if any) and
/// the report that issuer is named in.</summary>
public sealed record ElmoKeyFinding(CheckOutcome EmbeddedProof, CheckOutcome IssuerKeyTrusted, TrustedIssuer? Issuer, ElmoReport? IssuerReport)
{
    /// <summary>The document's integrity holds: some key verified the signature.</summary>
    public bool SignatureVerified => EmbeddedProof.Result == CheckResult.Passed;

    public bool KeyTrusted => IssuerKeyTrusted.Result == CheckResult.Passed;
}

/// <summary>
/// Checks an ELMO's one document signature against the trust list, never against KeyInfo alone. An ELMO is signed
/// once, by its data provider (EMP); its reports name the institutions. Trust is resolved through the report issuers'
/// identifiers (<c>schac:</c>…, <c>pic:</c>…): each trusted issuer's registered keys are tried (a KeyInfo certificate
/// whose key is one of them is tried first — KeyInfo only picks), then a KeyInfo certificate chaining to that issuer's
/// registered roots. When a report issuer is on the trust list, only its keys and roots count: a signature none of them
/// verifies fails, whatever KeyInfo says. When no report issuer is on it, the signature is still checked with the
/// KeyInfo certificate so the document's integrity is known (passed or failed), but the key is not trusted by itself
/// (NeedsReview, ISSUER_NOT_TRUSTED): an officer judges the issuer. A trusted key that verified vouches for every report
/// only as far as the reports name that issuer; a report of another institution is named for review.
/// </summary>
public sealed class ElmoKeyFinder(IOutsideIssuerTrust trust)
{
    private const int MaxLookups = 32;

    public async Task<ElmoKeyFinding> FindAsync(ElmoSignatureShape shape, IReadOnlyList<ElmoReport> reports, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var named = new List<(ElmoReport Report, TrustedIssuer Issuer)>();
        var found = new Dictionary<string, TrustedIssuer?>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var id in report.Issuer?.TrustIds ?? [])
            {
                // Each id is asked once, and only so many: a document cannot make the hub query the trust list at will.
                if (!found.TryGetValue(id, out var issuer) && found.Count < MaxLookups)
                {
                    issuer = found[id] = await trust.FindAsync(id, cancellationToken);
                }

                if (issuer is not null)
                {
                    named.Add((report, issuer));
                    break;
                }
            }
        }

        var certificates = ElmoSignatureKeys.Certificates(shape.Element!);
        try
        {
            return named.Count > 0
                ? Trusted(shape, reports, named, certificates, signedAt)
                : Untrusted(shape, reports, certificates);
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static ElmoKeyFinding Trusted(ElmoSignatureShape shape, IReadOnlyList<ElmoReport> reports, List<(ElmoReport Report, TrustedIssuer Issuer)> named,
        IReadOnlyList<X509Certificate2> certificates, DateTimeOffset signedAt)
    {
        var leaf = certificates.Count > 0 ? certificates[0] : null;
        var leafSpki = leaf is null ? null : ElmoSignatureKeys.Spki(leaf);
        var refused = new List<string>();
        foreach (var (report, issuer) in named.DistinctBy(n => n.Issuer.IssuerId, StringComparer.Ordinal))
        {
            var source = issuer.Source.Length > 0 ? $" (trust list of {issuer.Source})" : "";
            var picked = leafSpki is null ? [] : issuer.Keys.Where(k => k.SpkiDer.AsSpan().SequenceEqual(leafSpki)).ToList();
            foreach (var registered in picked.Concat(issuer.Keys.Except(picked)))
            {
                using var key = ElmoSignatureKeys.FromSpki(registered.SpkiDer, shape.Family, out var refusedKey);
                if (refusedKey is not null)
                {
                    refused.Add($"key {registered.KeyId} of {issuer.Name} is {refusedKey}");
                }

                if (key is null || !ElmoSignatureKeys.Verifies(shape.Verifier!, key))
                {
                    continue;
                }

                var proof = Pass(VerificationCheck.EmbeddedProof,
                    $"The signature ({shape.Words}) covers the whole document and verifies with key {registered.KeyId} of {issuer.Name}, the issuer of report {report.Number} ({issuer.IssuerId}).",
                    registered.KeyId);
                var keyCheck = registered.ValidAt(signedAt)
                    ? Covering(Pass(VerificationCheck.IssuerKeyTrusted, $"Key {registered.KeyId} is a registered key of {issuer.Name} ({issuer.IssuerId}){source}, valid at {signedAt:O}.", registered.KeyId), reports, named, issuer)
                    : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                        $"Key {registered.KeyId} of {issuer.Name} was not valid at {signedAt:O} (window {registered.NotBefore:O} – {registered.NotAfter:O}{(registered.RevokedAt is { } r ? $", revoked {r:O}" : "")}).",
                        "KEY_NOT_VALID", registered.KeyId);
                return new ElmoKeyFinding(proof, keyCheck, issuer, report);
            }

            if (leaf is not null && ElmoSignatureKeys.Chains(leaf, certificates, issuer.CertificateRoots, signedAt))
            {
                using var key = CertificateKey(leaf, shape.Family, out var refusedKey);
                if (key is not null && ElmoSignatureKeys.Verifies(shape.Verifier!, key))
                {
                    var subject = OutsideChecks.Cut(leaf.Subject);
                    return new ElmoKeyFinding(
                        Pass(VerificationCheck.EmbeddedProof, $"The signature ({shape.Words}) covers the whole document and verifies with the certificate {subject} in KeyInfo."),
                        Covering(Pass(VerificationCheck.IssuerKeyTrusted, $"The certificate {subject} chains to a root registered for {issuer.Name} ({issuer.IssuerId}){source}, valid at {signedAt:O}."), reports, named, issuer),
                        issuer,
                        report);
                }

                if (refusedKey is not null)
                {
                    refused.Add($"the KeyInfo certificate's key is {refusedKey}");
                }
            }
        }

        var issuers = named.Select(n => n.Issuer).DistinctBy(i => i.IssuerId, StringComparer.Ordinal).ToList();
        var keys = issuers.Sum(i => i.Keys.Count);
        var roots = issuers.Sum(i => i.CertificateRoots.Count);
        var refusedWords = refused.Count > 0 ? " Refused by policy: " + string.Join("; ", refused) + "." : "";
        var words = $"{string.Join(", ", issuers.Select(i => $"{i.Name} ({i.IssuerId})"))} {(issuers.Count == 1 ? "is" : "are")} on the trust list, but none of {keys} registered key{(keys == 1 ? "" : "s")} and {roots} certificate root{(roots == 1 ? "" : "s")} verifies this {shape.Words.Split(',')[0]} signature; a key in KeyInfo does not count for a trusted issuer.{refusedWords}";
        return new ElmoKeyFinding(
            new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed, words, refused.Count > 0 ? "SIGNATURE_ALGORITHM_REFUSED" : "EMBEDDED_PROOF_INVALID"),
            NotChecked("the signature does not verify with any key of the issuer"),
            issuers[0],
            null);
    }

    private static ElmoKeyFinding Untrusted(ElmoSignatureShape shape, IReadOnlyList<ElmoReport> reports, IReadOnlyList<X509Certificate2> certificates)
    {
        var ids = reports.SelectMany(r => r.Issuer?.TrustIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        var whose = ids.Count > 0 ? string.Join(", ", ids.Take(6).Select(i => OutsideChecks.Cut(i, 80))) : "the report issuers (none states a schac or pic identifier)";
        var leaf = certificates.Count > 0 ? certificates[0] : null;
        if (leaf is null)
        {
            return new ElmoKeyFinding(
                new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                    $"Not verified: no trusted key of {whose}, and the document carries no certificate in KeyInfo to check its integrity with.", "ISSUER_NOT_TRUSTED"),
                NotChecked("no key to check the signature with"),
                null,
                null);
        }

        using var key = CertificateKey(leaf, shape.Family, out var refusedKey);
        var subject = OutsideChecks.Cut(leaf.Subject);
        if (key is null)
        {
            return new ElmoKeyFinding(
                new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed,
                    refusedKey is not null ? $"The KeyInfo certificate {subject} has a {refusedKey} key, refused by policy (RSA keys need at least {ElmoSignatureKeys.MinRsaBits} bits)."
                        : $"The KeyInfo certificate {subject} has no key that can make a {shape.Words.Split(',')[0]} signature.",
                    refusedKey is not null ? "SIGNATURE_ALGORITHM_REFUSED" : "EMBEDDED_PROOF_INVALID"),
                NotChecked("the signature does not verify"),
                null,
                null);
        }

        return ElmoSignatureKeys.Verifies(shape.Verifier!, key)
            ? new ElmoKeyFinding(
                Pass(VerificationCheck.EmbeddedProof, $"The signature ({shape.Words}) covers the whole document and verifies with the certificate {subject} in KeyInfo: the document is intact as signed."),
                new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview,
                    $"Not verified against a trusted key: no trusted key of {whose}; the key in KeyInfo ({subject}) is not trusted by itself. An officer judges whether the issuer is who it claims to be.",
                    "ISSUER_NOT_TRUSTED"),
                null,
                null)
            : new ElmoKeyFinding(
                new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed, $"The signature does not verify with the certificate {subject} the document carries in KeyInfo: the document was changed after signing or signed with another key.", "EMBEDDED_PROOF_INVALID"),
                NotChecked("the signature does not verify"),
                null,
                null);
    }

    /// <summary>A trusted key that verified vouches for the reports naming its issuer; every other report (another
    /// institution, trusted or not) is vouched for only by this signature — EMPs do sign for several institutions, so
    /// that is named for review rather than failed.</summary>
    private static CheckOutcome Covering(CheckOutcome passed, IReadOnlyList<ElmoReport> reports, List<(ElmoReport Report, TrustedIssuer Issuer)> named, TrustedIssuer signer)
    {
        var others = reports
            .Where(r => !named.Any(n => n.Report == r && n.Issuer.IssuerId == signer.IssuerId))
            .Select(r => $"report {r.Number} ({r.Issuer?.Words ?? "no issuer"})")
            .ToList();
        List<string> listed = others.Count > 5 ? [.. others.Take(5), $"{others.Count - 5} more reports"] : others;
        return others.Count == 0
            ? passed
            : passed with
            {
                Result = CheckResult.NeedsReview,
                FailureReason = "ISSUER_NOT_TRUSTED",
                Detail = passed.Detail + $" It vouches for {string.Join(", ", listed)} only as the signer of the whole document, not as their issuer: an officer judges those reports.",
            };
    }

    private static AsymmetricAlgorithm? CertificateKey(X509Certificate2 certificate, KeyFamily family, out string? refused) =>
        ElmoSignatureKeys.FromSpki(ElmoSignatureKeys.Spki(certificate), family, out refused);

    private static CheckOutcome NotChecked(string why) => new(VerificationCheck.IssuerKeyTrusted, CheckResult.NotApplicable, "Not checked: " + why + ".");

    private static CheckOutcome Pass(VerificationCheck check, string detail, string? keyId = null) => new(check, CheckResult.Passed, detail, null, keyId);
}
