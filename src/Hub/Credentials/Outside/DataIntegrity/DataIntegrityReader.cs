using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Credentials.Outside.Status;
using Exchange.Hub.Credentials.Outside.VcJwt;
using Domain = Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>What reading one Data Integrity credential gave: the report, the country whose rules apply, the mapped
/// content (null unless the proof verified) and the credential as a payload view for the CLR mapper.</summary>
public sealed record DataIntegrityReading(CredentialVerification Report, string Country, Domain.Credential? Credential, VcJwtPayload? Payload);

/// <summary>
/// Reads a credential issued outside the federation as JSON-LD with an embedded Data Integrity proof (OB 3.0,
/// CLR 2.0 or plain VC 2.0 / 1.1; eddsa-rdfc-2022, ecdsa-rdfc-2019 with P-256) and reports every check by name, in the order of the VC-JWT
/// reader: format (a bounded JSON object whose contexts the hub carries — it fetches none), header consistency (the
/// proof belongs to the issuer, for assertion, not made in the future), embedded proof, issuer key trust, the issuer's
/// quality assurance, status, expiry, share grant (not applicable), required elements. Nothing in the document throws:
/// a problem is a check. The content is mapped only when the proof verifies.
/// </summary>
public sealed class DataIntegrityReader(IOutsideIssuerTrust trust, BitstringStatusCheck status, TimeProvider time) : IOutsideCredentialReader
{
    /// <summary>The most bytes read (the import contract's limit too).</summary>
    public const int MaximumBytes = 1024 * 1024;

    private const int MaxDepth = 64;
    private const int MaxEmbedded = 64;

    private readonly ProofKeyFinder _keys = new(trust);

    public OutsideFormat Format => OutsideFormat.VcJsonLd;

    public async Task<ResolvedCredential> ReadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (document.Length > MaximumBytes)
        {
            return OutsideChecks.Unreadable($"The document is larger than {MaximumBytes / 1024} KiB.", now);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(document.Span, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return OutsideChecks.Unreadable($"The document is not JSON nested at most {MaxDepth} deep: {OutsideChecks.Cut(e.Message)}", now);
        }

        if (node is not JsonObject credential)
        {
            return OutsideChecks.Unreadable("The document is not a JSON object.", now);
        }

        var read = await ReadSafelyAsync(credential, nested: false, cancellationToken);
        return OutsideChecks.Resolved(read.Report, read.Country, read.Credential);
    }

    /// <summary>A credential a CLR embeds (in either format's CLR), read on its own; a CLR in a CLR is not read.</summary>
    public Task<DataIntegrityReading> ReadEmbeddedAsync(JsonObject credential, CancellationToken cancellationToken) =>
        ReadSafelyAsync(credential, nested: true, cancellationToken);

    private async Task<DataIntegrityReading> ReadSafelyAsync(JsonObject credential, bool nested, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadOneAsync(credential, nested, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException or System.Security.Cryptography.CryptographicException)
        {
            // A shape no check foresaw is still the document's problem, reported, never the caller's exception.
            var now = time.GetUtcNow();
            return new DataIntegrityReading(OutsideChecks.Report("", [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed,
                "The document could not be read: " + e.GetType().Name + ".", "EMBEDDED_PROOF_INVALID")], now), "", null, null);
        }
    }

    private async Task<DataIntegrityReading> ReadOneAsync(JsonObject credential, bool nested, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var checks = new List<CheckOutcome>();
        DataIntegrityReading Stop(CheckOutcome failed, string id = "")
        {
            checks.Add(failed);
            return new DataIntegrityReading(OutsideChecks.Report(id, checks, now), "", null, null);
        }

        var payload = VcJwtPayload.FromCredential(credential, out var problem);
        if (payload is null)
        {
            return Stop(Failed(VerificationCheck.EnvelopeFormat, problem));
        }

        var id = payload.CredentialId ?? "";
        var unknown = VcJwtPayload.Strings(credential["@context"]).FirstOrDefault(url => !JsonLdContexts.Bundled.TryGet(url, out _));
        if (unknown is not null)
        {
            return Stop(UnknownContext(unknown), id);
        }

        var proof = DataIntegrityProof.TryRead(credential, out problem, out var proofCount);
        if (proof is null)
        {
            return Stop(Failed(VerificationCheck.EnvelopeFormat, problem), id);
        }

        var types = VcJwtPayload.Strings(credential["type"]);
        var isClr = types.Contains("ClrCredential", StringComparer.Ordinal);
        if (isClr && nested)
        {
            return Stop(Failed(VerificationCheck.EnvelopeFormat, "A CLR embedded in a CLR is not read."), id);
        }

        var verified = Cryptosuites.IsVerified(proof.Suite);
        byte[]? signedData = null;
        if (verified)
        {
            try
            {
                signedData = RdfcSignedData.Of(credential, proof.Options, JsonLdContexts.Bundled);
                if (UnsignedMembers.Find(credential, JsonLdContexts.Bundled) is { } dropped)
                {
                    return Stop(Failed(VerificationCheck.EnvelopeFormat,
                        $"JSON-LD drops {OutsideChecks.Cut(dropped)} (no context defines it, or it is a relative id), so the proof does not cover it; a signer refuses such a document and so does the hub."), id);
                }
            }
            catch (JsonLdException e)
            {
                return Stop(e.Code == "unknown context" ? UnknownContext(e.Context ?? e.Message)
                    : Failed(VerificationCheck.EnvelopeFormat, $"The credential is not JSON-LD this hub reads ({e.Code}): {OutsideChecks.Cut(e.Message, 200)}"), id);
            }
        }

        var kind = OutsideChecks.Cut(string.Join("/", types.Where(t => t != "VerifiableCredential").DefaultIfEmpty("VerifiableCredential")));
        checks.Add(OutsideChecks.Pass(VerificationCheck.EnvelopeFormat,
            $"A JSON-LD {kind} with an embedded {proof.Type} ({proof.Suite}){(proofCount > 1 ? $", the first of {proofCount} proofs this hub can verify" : "")}; every @context is one the hub carries."));

        var mismatches = Mismatches(proof, payload.IssuerId, now);
        checks.Add(mismatches.Count == 0
            ? OutsideChecks.Pass(VerificationCheck.HeaderConsistency, $"The proof's verification method belongs to the issuer {OutsideChecks.Cut(payload.IssuerId)}, for assertion, made {(proof.Created is { } c ? $"{c:O}" : "at an unstated time")}.")
            : new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, "The proof does not fit the credential: " + string.Join("; ", mismatches) + ".", "HEADER_MISMATCH"));

        var signedAt = proof.Created ?? payload.ValidFrom ?? now;
        var finding = await FindAsync(proof, payload.IssuerId, signedData, mismatches.Count == 0, signedAt, cancellationToken);
        checks.Add(finding.EmbeddedProof);
        checks.Add(finding.IssuerKeyTrusted);
        checks.Add(OutsideChecks.QualityAssurance(finding.Issuer, finding.KeyTrusted, signedAt, now));

        if (!finding.SignatureVerified)
        {
            var because = finding.EmbeddedProof.Result == CheckResult.NotApplicable ? "the proof does not fit the credential" : "the proof is not verified";
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Revocation, because));
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Expiry, because));
            checks.Add(OutsideChecks.NoShareGrant);
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.RequiredElements, because));
            return new DataIntegrityReading(OutsideChecks.Report(id, checks, now), finding.Issuer?.CountryCode ?? "", null, payload);
        }

        checks.Add(await status.CheckAsync(credential, payload.IssuerId, finding.Issuer, cancellationToken));
        checks.Add(OutsideChecks.Expiry(payload.ValidFrom, payload.ValidUntil, now));
        checks.Add(OutsideChecks.NoShareGrant);

        var context = new OutsideMappingContext(finding.Issuer?.CountryCode, finding.Issuer?.Name, finding.Issuer?.QualityAssurance);
        Domain.Credential mapped;
        if (isClr)
        {
            var embedded = await ReadEmbeddedAsync(credential, now, cancellationToken);
            mapped = ClrMapper.Map(payload, [.. embedded.Where(e => e.Credential is not null).Select(e => (e.Payload!, e.Credential!))], context);
            EmbeddedChecks.Merge(checks, [.. embedded.Select(e => (e.Report, e.Credential is not null))]);
        }
        else
        {
            mapped = OpenBadgeMapper.Map(payload, context);
        }

        var country = finding.Issuer?.CountryCode is { Length: > 0 } trusted ? trusted : mapped.IssuerCountry ?? "";
        checks.Add(OutsideChecks.RequiredElements(mapped, country));
        return new DataIntegrityReading(OutsideChecks.Report(mapped.Id, checks, now), country, mapped, payload);
    }

    private async Task<ProofFinding> FindAsync(DataIntegrityProof proof, string issuerId, byte[]? signedData, bool fits, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        if (!fits)
        {
            return new ProofFinding(OutsideChecks.NotChecked(VerificationCheck.EmbeddedProof, "the proof does not fit the credential"),
                OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the proof does not fit the credential"), null);
        }

        if (signedData is null)
        {
            return new ProofFinding(
                new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                    $"The proof's suite {OutsideChecks.Cut(proof.Suite)} is not verified by this hub (it verifies {Cryptosuites.EddsaRdfc2022} and {Cryptosuites.EcdsaRdfc2019} with P-256).", "EMBEDDED_PROOF_INVALID", proof.VerificationMethod),
                OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the proof's suite is not verified"), null);
        }

        var signature = ProofSignature.For(proof.Suite, signedData, proof.ProofValue, out var problem);
        if (signature is null)
        {
            return new ProofFinding(
                Failed(VerificationCheck.EmbeddedProof, problem),
                OutsideChecks.NotChecked(VerificationCheck.IssuerKeyTrusted, "the proof does not verify"), null);
        }

        return await _keys.FindAsync(proof, issuerId, signature, signedAt, cancellationToken);
    }

    /// <summary>Where the proof contradicts the credential: another controller than the issuer, another purpose than
    /// assertion, made after now, expired.</summary>
    private static List<string> Mismatches(DataIntegrityProof proof, string issuerId, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (proof.Controller != issuerId)
        {
            problems.Add($"the verification method {OutsideChecks.Cut(proof.VerificationMethod)} is not the issuer's ({OutsideChecks.Cut(issuerId)})");
        }

        if (proof.ProofPurpose != DataIntegrityProof.AssertionMethod)
        {
            problems.Add($"proofPurpose is {(proof.ProofPurpose is { } p ? "\"" + OutsideChecks.Cut(p) + "\"" : "missing")}, not assertionMethod");
        }

        if (proof.Created is { } created && created > now + OutsideChecks.ClockSkew)
        {
            problems.Add($"the proof was created {created:O}, after now");
        }

        if (proof.Expires is { } expires && expires <= now)
        {
            problems.Add($"the proof expired {expires:O}");
        }

        return problems;
    }

    /// <summary>Each credential the CLR embeds: an object with a Data Integrity proof is read on its own; anything else
    /// (a VC-JWT inside a Data Integrity CLR) is named and not used.</summary>
    private async Task<List<DataIntegrityReading>> ReadEmbeddedAsync(JsonObject clr, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var readings = new List<DataIntegrityReading>();
        var items = VcJwtPayload.Subject(clr)?["verifiableCredential"] is JsonArray array ? array.ToList() : [];
        foreach (var item in items.Take(MaxEmbedded))
        {
            if (item is JsonObject linked && linked.ContainsKey("proof"))
            {
                readings.Add(await ReadSafelyAsync(linked, nested: true, cancellationToken));
                continue;
            }

            var itemId = VcJwtPayload.IdOf(item) ?? "(no id)";
            readings.Add(new DataIntegrityReading(OutsideChecks.Report(itemId, [new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                $"Embedded credential {OutsideChecks.Cut(itemId)} has no Data Integrity proof (a CLR with a Data Integrity proof is read with its parts in the same format); its content is not used.",
                "EMBEDDED_PROOF_INVALID")], now), "", null, null));
        }

        return readings;
    }

    private static CheckOutcome Failed(VerificationCheck check, string why) => new(check, CheckResult.Failed, why, "EMBEDDED_PROOF_INVALID");

    private static CheckOutcome UnknownContext(string url) => new(VerificationCheck.EnvelopeFormat, CheckResult.Failed,
        $"The @context {OutsideChecks.Cut(url)} is not one this hub carries; it fetches no contexts, so the credential cannot be read.", "JSON_LD_CONTEXT_UNKNOWN");
}
