using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Elm.Jades;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Credentials.Outside.Status;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// Reads a European Digital Credential (ELM v3 JSON-LD) sealed with JAdES in JSON serialisation and reports every
/// check by name, in the order of <see cref="VcJwtReader"/>: format (the seal, its level, algorithm and the payload's
/// ELM context), header consistency (the certificate references name the leaf; the sealing organisation is the
/// credential's issuer), the seal's signature, whether its certificate is the issuer's on the trust list, quality
/// assurance, status, expiry, share grant (not applicable), required elements. The content is mapped only when the
/// seal verifies. What an eIDAS validator would add (qualified status, timestamps, long-term validation data,
/// revocation of the certificates) is said not to be checked.
/// </summary>
public sealed class ElmJadesReader(IOutsideIssuerTrust trust, BitstringStatusCheck status, TimeProvider time) : IOutsideCredentialReader
{
    public OutsideFormat Format => OutsideFormat.ElmJades;

    public async Task<ResolvedCredential> ReadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadSealedAsync(document, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException or CryptographicException or NotSupportedException)
        {
            // A shape no check foresaw is still the document's problem, reported, never the caller's exception.
            return OutsideChecks.Unreadable("The document could not be read: " + e.GetType().Name + ".", time.GetUtcNow());
        }
    }

    private async Task<ResolvedCredential> ReadSealedAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var jws = JadesDocument.TryParse(document.Span, out var problem);
        if (jws is null)
        {
            return Stopped(problem, "EMBEDDED_PROOF_INVALID", "", now);
        }

        var headers = new List<JadesHeader>();
        foreach (var signature in jws.Signatures)
        {
            if (JadesHeader.TryRead(signature, out problem, out var reason) is not { } header)
            {
                return Stopped(problem, reason, "", now);
            }

            headers.Add(header);
        }

        if (headers.Any(h => h.Unencoded != headers[0].Unencoded))
        {
            return Stopped("The signatures disagree on whether the payload is encoded (b64); one payload cannot be both (RFC 7797 §7).", "EMBEDDED_PROOF_INVALID", "", now);
        }

        var credential = jws.PayloadBytes(headers[0].Unencoded) is { } payload ? JadesDocument.ParseObject(payload, "sealed payload", out problem) : null;
        if (credential is null)
        {
            return Stopped(problem.Length > 0 ? problem : "The JWS payload is not base64url without padding, as b64 true says it is.", "EMBEDDED_PROOF_INVALID", "", now);
        }

        var credentialId = EdcPayload.Id(credential);
        if (EdcPayload.ElmContext(credential, out problem) is not { } context)
        {
            return Stopped(problem, "JSON_LD_CONTEXT_UNKNOWN", credentialId, now);
        }

        var chains = new List<List<X509Certificate2>>();
        try
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (SealChain.TryLoad(headers[i].CertificateChain, out problem) is not { } chain)
                {
                    return Stopped(problem, "EMBEDDED_PROOF_INVALID", credentialId, now);
                }

                chains.Add(chain);
            }

            return await CheckAsync(jws, headers, chains, credential, credentialId, context, now, cancellationToken);
        }
        finally
        {
            foreach (var certificate in chains.SelectMany(c => c))
            {
                certificate.Dispose();
            }
        }
    }

    private async Task<ResolvedCredential> CheckAsync(
        JadesDocument jws, List<JadesHeader> headers, List<List<X509Certificate2>> chains, JsonObject credential, string credentialId, string context,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var checks = new List<CheckOutcome> { EnvelopeWords(jws, headers, credential, context) };
        var seal = headers[0];
        var leaf = chains[0].FirstOrDefault();
        checks.Add(HeaderConsistency(headers, chains, credential));

        var issuerId = ElmMapper.IssuerId(credential) ?? "";
        var issuer = issuerId.Length > 0 ? await trust.FindAsync(issuerId, cancellationToken) : null;
        var at = SigningInstant.Of(seal.SigningTime, now);
        var proofs = Enumerable.Range(0, headers.Count).Select(i => SealProof.Verify(jws, jws.Signatures[i], headers[i], chains[i].FirstOrDefault(), issuer)).ToList();
        var failed = proofs.FirstOrDefault(p => p.Outcome.Result != CheckResult.Passed);
        checks.Add(failed is not null
            ? failed.Outcome with { Detail = (headers.Count > 1 ? $"Signature {proofs.IndexOf(failed) + 1} of {headers.Count}: " : "") + failed.Outcome.Detail }
            : proofs[0].Outcome with { Detail = proofs[0].Outcome.Detail + (headers.Count > 1 ? $" Each of the {headers.Count} signatures verifies." : "") });

        if (failed is not null)
        {
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the seal does not verify"));
            checks.Add(OutsideChecks.QualityAssurance(issuer, false, at.Instant, now));
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Revocation, "the seal does not verify"));
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Expiry, "the seal does not verify"));
            checks.Add(OutsideChecks.NoShareGrant);
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.RequiredElements, "the seal does not verify"));
            return OutsideChecks.Resolved(OutsideChecks.Report(credentialId, checks, now), "", null);
        }

        var keyTrusted = leaf is not null
            ? SealKeyTrust.OfCertificate(leaf, chains[0].Skip(1).ToList(), issuerId.Length > 0 ? issuerId : "(none stated)", issuer, at)
            : SealKeyTrust.OfRegisteredKey(issuer!, proofs[0].RegisteredKey!, at);
        checks.Add(keyTrusted);
        var trusted = keyTrusted.Result == CheckResult.Passed ? issuer : null;
        checks.Add(OutsideChecks.QualityAssurance(issuer, trusted is not null, at.Instant, now));
        checks.Add(await status.CheckAsync(credential, issuerId, issuer, cancellationToken));
        var (validFrom, expires) = ElmMapper.Validity(credential);
        checks.Add(OutsideChecks.Expiry(validFrom, expires, now));
        checks.Add(OutsideChecks.NoShareGrant);

        var mapped = ElmMapper.Map(credential, new OutsideMappingContext(trusted?.CountryCode, trusted?.Name, trusted?.QualityAssurance));
        var country = trusted?.CountryCode is { Length: > 0 } listed ? listed : mapped.IssuerCountry ?? "";
        checks.Add(OutsideChecks.RequiredElements(mapped, country));
        return OutsideChecks.Resolved(OutsideChecks.Report(credentialId.Length > 0 ? credentialId : mapped.Id, checks, now), country, mapped);
    }

    private static CheckOutcome EnvelopeWords(JadesDocument jws, List<JadesHeader> headers, JsonObject credential, string context)
    {
        var seal = headers[0];
        var types = EdcPayload.Types(credential).Where(t => t != "VerifiableCredential").DefaultIfEmpty("VerifiableCredential");
        var ignored = headers.SelectMany(h => h.Ignored).Distinct(StringComparer.Ordinal).ToList();
        return OutsideChecks.Pass(VerificationCheck.EnvelopeFormat,
            $"A JAdES seal in the {jws.SerialisationName} ({headers.Count} signature{(headers.Count == 1 ? "" : "s")}, {seal.Algorithm.Name}, "
            + $"{(seal.Unencoded ? "unencoded payload, RFC 7797 b64 false" : "base64url payload")}), {seal.LevelWords}; "
            + $"{(ignored.Count > 0 ? $"critical parameters understood but not verified: {string.Join(", ", ignored)}; " : "")}"
            + $"the payload: {string.Join("/", types)} with the ELM context {context}.");
    }

    /// <summary>The certificate references name the leaf each signature carries, and the sealing organisation is the
    /// credential's issuer.</summary>
    private static CheckOutcome HeaderConsistency(List<JadesHeader> headers, List<List<X509Certificate2>> chains, JsonObject credential)
    {
        var notes = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var which = headers.Count > 1 ? $"signature {i + 1}: " : "";
            var references = SealReferences.Check(headers[i], chains[i].FirstOrDefault());
            if (references.Mismatch is { } mismatch)
            {
                return new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, which + mismatch, "HEADER_MISMATCH");
            }

            notes.AddRange(references.Notes.Select(n => which + n));
        }

        var leaf = chains[0].FirstOrDefault();
        var (result, words) = SealerMatch.Judge(leaf is null ? null : SealCertificate.Of(leaf), credential["issuer"] as JsonObject);
        var detail = string.Join(" ", notes.Append(words));
        return new CheckOutcome(VerificationCheck.HeaderConsistency, result, detail, result == CheckResult.Failed ? "SEALER_MISMATCH" : null);
    }

    /// <summary>A document no check after the format could start on: the format check names why, the rest are named
    /// as not checked.</summary>
    private static ResolvedCredential Stopped(string why, string reason, string credentialId, DateTimeOffset now)
    {
        var because = "the document is not a JAdES-sealed EDC this hub reads";
        CheckOutcome[] checks =
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Failed, why, reason),
            OutsideChecks.NotChecked(VerificationCheck.HeaderConsistency, because),
            OutsideChecks.NotChecked(VerificationCheck.EmbeddedProof, because),
            OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, because),
            OutsideChecks.NotChecked(VerificationCheck.IssuerQualityAssurance, because),
            OutsideChecks.NotChecked(VerificationCheck.Revocation, because),
            OutsideChecks.NotChecked(VerificationCheck.Expiry, because),
            OutsideChecks.NoShareGrant,
            OutsideChecks.NotChecked(VerificationCheck.RequiredElements, because),
        ];
        return OutsideChecks.Resolved(OutsideChecks.Report(credentialId, checks, now), "", null);
    }
}
