using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using Exchange.Hub.Credentials.Outside.Status;
using Exchange.Hub.Credentials.Outside.VcJwt;
using Domain = Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// Reads a credential issued outside the federation as a VC-JWT (OB 3.0, CLR 2.0 or plain VC; the OB 3.0 / VC-JOSE
/// layout or the VC 1.1 vc claim; ES256 or RS256) and reports every check by name, in order: format, header
/// consistency, embedded proof, issuer key trust, the issuer's quality assurance, status, expiry, share grant (not
/// applicable), required elements. Nothing in the document throws: a problem is a check. The content is mapped only
/// when the signature verifies, so no rule ever works on bytes nobody vouched for.
/// </summary>
public sealed class VcJwtReader(IOutsideIssuerTrust trust, BitstringStatusCheck status, TimeProvider time) : IOutsideCredentialReader
{
    private readonly SigningKeyFinder _keys = new(trust);
    private readonly DataIntegrityReader _dataIntegrity = new(trust, status, time);

    public OutsideFormat Format => OutsideFormat.VcJwt;

    public async Task<ResolvedCredential> ReadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        Reading read;
        try
        {
            read = await ReadOneAsync(document, nested: false, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException or System.Security.Cryptography.CryptographicException)
        {
            // A shape no check foresaw is still the document's problem, reported, never the caller's exception.
            var now = time.GetUtcNow();
            read = new Reading(OutsideChecks.Report("", [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed,
                "The document could not be read: " + e.GetType().Name + ".", "EMBEDDED_PROOF_INVALID")], now), "", null, null);
        }

        return new ResolvedCredential(new SignedEnvelope([], [], []), read.Report, read.Country, read.Credential);
    }

    private sealed record Reading(CredentialVerification Report, string Country, Domain.Credential? Credential, VcJwtPayload? Payload);

    private async Task<Reading> ReadOneAsync(ReadOnlyMemory<byte> document, bool nested, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var checks = new List<CheckOutcome>();
        var jws = CompactJws.TryParse(document.Span, out var problem);
        var header = jws is null ? null : JoseHeader.TryRead(jws.Header, out problem);
        var payload = jws is null || header is null ? null : VcJwtPayload.TryRead(jws.Payload, out problem);
        if (jws is null || header is null || payload is null)
        {
            checks.Add(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, problem, "EMBEDDED_PROOF_INVALID"));
            return new Reading(OutsideChecks.Report("", checks, now), "", null, null);
        }

        var types = VcJwtPayload.Strings(payload.Credential["type"]);
        var isClr = types.Contains("ClrCredential", StringComparer.Ordinal);
        if (isClr && nested)
        {
            checks.Add(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, "A CLR embedded in a CLR is not read.", "EMBEDDED_PROOF_INVALID"));
            return new Reading(OutsideChecks.Report(payload.CredentialId ?? "", checks, now), "", null, null);
        }

        checks.Add(OutsideChecks.Pass(VerificationCheck.EnvelopeFormat,
            $"A compact JWS ({header.AlgorithmForReport}{(header.Type is { } typ ? ", typ " + typ : "")}) holding a {OutsideChecks.Cut(string.Join("/", types.Where(t => t != "VerifiableCredential").DefaultIfEmpty("VerifiableCredential")))}; layout: {payload.LayoutName}."));

        var contradictions = payload.Contradictions();
        checks.Add(contradictions.Count == 0
            ? OutsideChecks.Pass(VerificationCheck.HeaderConsistency, ConsistencyWords(payload))
            : new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, "The JWT claims contradict the credential: " + string.Join("; ", contradictions) + ".", "HEADER_MISMATCH"));

        var signedAt = payload.SignedAt ?? now;
        var keys = await _keys.FindAsync(jws, header, payload.IssuerId, signedAt, cancellationToken);
        checks.Add(keys.EmbeddedProof);
        checks.Add(keys.IssuerKeyTrusted);
        checks.Add(OutsideChecks.QualityAssurance(keys.Issuer, keys.KeyTrusted, signedAt, now));

        if (!keys.SignatureVerified)
        {
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Revocation));
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.Expiry));
            checks.Add(OutsideChecks.NoShareGrant);
            checks.Add(OutsideChecks.NotChecked(VerificationCheck.RequiredElements));
            return new Reading(OutsideChecks.Report(payload.CredentialId ?? "", checks, now), keys.Issuer?.CountryCode ?? "", null, payload);
        }

        checks.Add(await status.CheckAsync(payload.Credential, payload.IssuerId, keys.Issuer, cancellationToken));
        checks.Add(OutsideChecks.Expiry(payload.ValidFrom ?? payload.Claims.NotBefore, payload.Expires, now));
        checks.Add(OutsideChecks.NoShareGrant);

        var context = new OutsideMappingContext(keys.Issuer?.CountryCode, keys.Issuer?.Name, keys.Issuer?.QualityAssurance);
        Domain.Credential credential;
        if (isClr)
        {
            var embedded = await ReadEmbeddedAsync(payload.Credential, cancellationToken);
            credential = ClrMapper.Map(payload, embedded.Where(e => e.Credential is not null).Select(e => (e.Payload!, e.Credential!)).ToList(), context);
            EmbeddedChecks.Merge(checks, [.. embedded.Select(e => (e.Report, e.Credential is not null))]);
        }
        else
        {
            credential = OpenBadgeMapper.Map(payload, context);
        }

        var country = keys.Issuer?.CountryCode is { Length: > 0 } trusted ? trusted : credential.IssuerCountry ?? "";
        checks.Add(OutsideChecks.RequiredElements(credential, country));
        return new Reading(OutsideChecks.Report(credential.Id, checks, now), country, credential, payload);
    }

    /// <summary>Each credential a CLR embeds (a compact JWS string, an enveloped data: URL, or a JSON object with an
    /// embedded proof), read on its own with this reader.</summary>
    private async Task<List<Reading>> ReadEmbeddedAsync(JsonObject clr, CancellationToken cancellationToken)
    {
        var readings = new List<Reading>();
        var subject = VcJwtPayload.Subject(clr);
        var items = subject?["verifiableCredential"] is JsonArray array ? array.ToList() : [];
        var now = time.GetUtcNow();
        foreach (var item in items.Take(64))
        {
            if (item is JsonObject linked && linked.ContainsKey("proof"))
            {
                // A credential with an embedded Data Integrity proof is verified on its own by that format's reader.
                var read = await _dataIntegrity.ReadEmbeddedAsync(linked, cancellationToken);
                readings.Add(new Reading(read.Report, read.Country, read.Credential, read.Payload));
                continue;
            }

            var jwt = EmbeddedJwt(item);
            if (jwt is null)
            {
                var id = VcJwtPayload.IdOf(item) ?? "(no id)";
                readings.Add(new Reading(OutsideChecks.Report(id, [new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                    $"Embedded credential {OutsideChecks.Cut(id)} is neither a VC-JWT nor a credential with a Data Integrity proof; its content is not used.", "EMBEDDED_PROOF_INVALID")], now), "", null, null));
                continue;
            }

            readings.Add(await ReadOneAsync(Encoding.ASCII.GetBytes(jwt), nested: true, cancellationToken));
        }

        return readings;
    }

    private static string? EmbeddedJwt(JsonNode? item) => item switch
    {
        JsonValue when VcJwtPayload.Text(item) is { } text => text.StartsWith("data:application/vc+jwt,", StringComparison.Ordinal) ? text["data:application/vc+jwt,".Length..] : text,
        JsonObject o when VcJwtPayload.Strings(o["type"]).Contains("EnvelopedVerifiableCredential", StringComparer.Ordinal)
            && VcJwtPayload.Text(o["id"]) is { } id && id.StartsWith("data:application/vc+jwt,", StringComparison.Ordinal) => id["data:application/vc+jwt,".Length..],
        _ => null,
    };

    private static string ConsistencyWords(VcJwtPayload payload)
    {
        var c = payload.Claims;
        var stated = new[] { ("iss", c.Issuer is not null), ("jti", c.Id is not null), ("sub", c.Subject is not null), ("nbf", c.NotBefore is not null), ("exp", c.Expires is not null) };
        var present = stated.Where(s => s.Item2).Select(s => s.Item1).ToList();
        return present.Count == 0
            ? "The payload carries no registered JWT claims; the credential states its own issuer, id and dates."
            : $"The JWT claims ({string.Join(", ", present)}) agree with the credential.";
    }
}
