using System.Text;
using System.Text.Json.Nodes;
using Exchange.Adapters;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Validation;
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
    /// <summary>How long a verdict may be reused: bounded by the status list's freshness.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    /// <summary>A signature made a little ahead of the hub's clock is still "valid now".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly CredentialValidator Validator = new(new LevelMapper(ReferenceData.Default.Frameworks), ReferenceData.Default.GradeScales);

    private readonly SigningKeyFinder _keys = new(trust);

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
            read = new Reading(Report("", [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed,
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
            return new Reading(Report("", checks, now), "", null, null);
        }

        var types = VcJwtPayload.Strings(payload.Credential["type"]);
        var isClr = types.Contains("ClrCredential", StringComparer.Ordinal);
        if (isClr && nested)
        {
            checks.Add(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, "A CLR embedded in a CLR is not read.", "EMBEDDED_PROOF_INVALID"));
            return new Reading(Report(payload.CredentialId ?? "", checks, now), "", null, null);
        }

        checks.Add(Pass(VerificationCheck.EnvelopeFormat,
            $"A compact JWS ({header.AlgorithmForReport}{(header.Type is { } typ ? ", typ " + typ : "")}) holding a {Cut(string.Join("/", types.Where(t => t != "VerifiableCredential").DefaultIfEmpty("VerifiableCredential")))}; layout: {payload.LayoutName}."));

        var contradictions = payload.Contradictions();
        checks.Add(contradictions.Count == 0
            ? Pass(VerificationCheck.HeaderConsistency, ConsistencyWords(payload))
            : new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, "The JWT claims contradict the credential: " + string.Join("; ", contradictions) + ".", "HEADER_MISMATCH"));

        var signedAt = payload.SignedAt ?? now;
        var keys = await _keys.FindAsync(jws, header, payload.IssuerId, signedAt, cancellationToken);
        checks.Add(keys.EmbeddedProof);
        checks.Add(keys.IssuerKeyTrusted);
        checks.Add(QualityAssurance(keys, signedAt, now));

        if (!keys.SignatureVerified)
        {
            checks.Add(NotChecked(VerificationCheck.Revocation));
            checks.Add(NotChecked(VerificationCheck.Expiry));
            checks.Add(NoShareGrant);
            checks.Add(NotChecked(VerificationCheck.RequiredElements));
            return new Reading(Report(payload.CredentialId ?? "", checks, now), keys.Issuer?.CountryCode ?? "", null, payload);
        }

        checks.Add(await status.CheckAsync(payload.Credential, payload.IssuerId, keys.Issuer, cancellationToken));
        checks.Add(Expiry(payload, now));
        checks.Add(NoShareGrant);

        var context = new OutsideMappingContext(keys.Issuer?.CountryCode, keys.Issuer?.Name, keys.Issuer?.QualityAssurance);
        Domain.Credential credential;
        if (isClr)
        {
            var embedded = await ReadEmbeddedAsync(payload.Credential, cancellationToken);
            credential = ClrMapper.Map(payload, embedded.Where(e => e.Credential is not null).Select(e => (e.Payload!, e.Credential!)).ToList(), context);
            MergeEmbedded(checks, embedded);
        }
        else
        {
            credential = OpenBadgeMapper.Map(payload, context);
        }

        var country = keys.Issuer?.CountryCode is { Length: > 0 } trusted ? trusted : credential.IssuerCountry ?? "";
        checks.Add(RequiredElements(credential, country));
        return new Reading(Report(credential.Id, checks, now), country, credential, payload);
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
            var jwt = EmbeddedJwt(item);
            if (jwt is null)
            {
                var id = VcJwtPayload.IdOf(item) ?? "(no id)";
                readings.Add(new Reading(Report(id, [new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.NeedsReview,
                    $"Embedded credential {Cut(id)} is not a VC-JWT (e.g. a Data Integrity proof, which this hub does not verify yet); its content is not used.", "EMBEDDED_PROOF_INVALID")], now), "", null, null));
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

    /// <summary>An embedded credential's worse outcome of a check replaces the CLR's, naming the credential, so a
    /// revoked or untrusted part of a CLR shows on the CLR (required elements are judged on the CLR as mapped).</summary>
    private static void MergeEmbedded(List<CheckOutcome> checks, List<Reading> embedded)
    {
        for (var i = 0; i < checks.Count; i++)
        {
            var own = checks[i];
            var worse = embedded
                .SelectMany(e => e.Report.Checks.Where(c => c.Check == own.Check).Select(c => (e.Report.CredentialId, Check: c)))
                .Where(x => Severity(x.Check.Result) > Severity(own.Result))
                .OrderByDescending(x => Severity(x.Check.Result))
                .ToList();
            if (worse.Count > 0)
            {
                var first = worse[0].Check;
                checks[i] = first with
                {
                    Detail = own.Detail + " " + string.Join(" ", worse.Select(w => $"Embedded credential {Cut(w.CredentialId)}: {w.Check.Detail}")),
                };
            }
        }

        if (embedded.Count > 0 && embedded.All(e => e.Credential is not null))
        {
            var proof = checks.FindIndex(c => c.Check == VerificationCheck.EmbeddedProof);
            checks[proof] = checks[proof] with { Detail = checks[proof].Detail + $" Each of the {embedded.Count} embedded credentials verifies on its own." };
        }
    }

    private static int Severity(CheckResult result) => result switch
    {
        CheckResult.Failed => 5,
        CheckResult.Unavailable => 4,
        CheckResult.NeedsReview => 3,
        CheckResult.Warning => 2,
        CheckResult.Passed => 1,
        _ => 0,
    };

    private static CheckOutcome QualityAssurance(KeyFinding keys, DateTimeOffset signedAt, DateTimeOffset now)
    {
        if (keys.Issuer is not { } issuer || !keys.KeyTrusted)
        {
            return new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.NotApplicable, "Not checked: the issuer is not established as one on the trust list.");
        }

        if (issuer.QualityAssurance is not { } qa)
        {
            return new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, $"The trust list records no quality assurance status for {issuer.Name}.");
        }

        var covered = (qa.ValidFrom is null || qa.ValidFrom <= signedAt) && (qa.ValidUntil is null || qa.ValidUntil >= signedAt);
        var words = $"{qa.Agency}{(qa.AgencyEqarRegistered ? " (registered in EQAR)" : "")}, {QualityAssuranceWords.Of(qa.Scope)}, result {QualityAssuranceWords.Of(qa.Outcome)}";
        return qa.Scope != QualityAssuranceScope.Internal && qa.Outcome == QualityAssuranceOutcome.Positive && covered && (qa.ValidUntil is null || qa.ValidUntil >= now)
            ? new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Passed, $"On {signedAt:yyyy-MM-dd} {issuer.Name} held external quality assurance: {words}.", QualityAssurance: qa)
            : new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, $"The quality assurance of {issuer.Name} on record does not cover {signedAt:yyyy-MM-dd} as positive and external: {words}.", QualityAssurance: qa);
    }

    private static CheckOutcome Expiry(VcJwtPayload payload, DateTimeOffset now)
    {
        if (payload.Expires is { } expires && expires <= now)
        {
            return new CheckOutcome(VerificationCheck.Expiry, CheckResult.Failed, $"Expired on {expires:O}.", "CREDENTIAL_EXPIRED");
        }

        // Reported with the expiry reason: outside its validity window either way, and no other reason says it.
        var from = payload.ValidFrom ?? payload.Claims.NotBefore;
        if (from is { } start && start > now + ClockSkew)
        {
            return new CheckOutcome(VerificationCheck.Expiry, CheckResult.Failed, $"Not yet valid: valid from {start:O}.", "CREDENTIAL_EXPIRED");
        }

        return Pass(VerificationCheck.Expiry, payload.Expires is null ? "The credential does not expire." : $"Valid until {payload.Expires:O}.");
    }

    /// <summary>
    /// The EU and national elements the rules need. Outside formats rarely carry them all (Open Badges has no place for
    /// the assessment type or the form of participation), so what is missing is a warning naming each element, not a
    /// failure: the signature and the issuer are what make the document authentic, and a recognition case sends the
    /// missing elements down its incomplete-file path by name.
    /// </summary>
    private static CheckOutcome RequiredElements(Domain.Credential credential, string country)
    {
        var validation = Validator.Validate(credential, ReferenceData.Default.RulesFor(country.Length > 0 ? country : null));
        return validation.IsComplete
            ? Pass(VerificationCheck.RequiredElements, $"Every element required by the EU Recommendation{(country.Length > 0 ? $" and {country} rules" : "")} is present.")
            : new CheckOutcome(VerificationCheck.RequiredElements, CheckResult.Warning,
                "Missing or invalid: " + string.Join(", ", validation.Issues.Select(i => i.Element)) + ".", "REQUIRED_ELEMENTS_INVALID");
    }

    private static string ConsistencyWords(VcJwtPayload payload)
    {
        var c = payload.Claims;
        var stated = new[] { ("iss", c.Issuer is not null), ("jti", c.Id is not null), ("sub", c.Subject is not null), ("nbf", c.NotBefore is not null), ("exp", c.Expires is not null) };
        var present = stated.Where(s => s.Item2).Select(s => s.Item1).ToList();
        return present.Count == 0
            ? "The payload carries no registered JWT claims; the credential states its own issuer, id and dates."
            : $"The JWT claims ({string.Join(", ", present)}) agree with the credential.";
    }

    private static CredentialVerification Report(string credentialId, List<CheckOutcome> checks, DateTimeOffset now) =>
        new(credentialId, "", checks, now, now + Freshness);

    private static CheckOutcome NotChecked(VerificationCheck check) => new(check, CheckResult.NotApplicable, "Not checked: the signature does not verify.");

    private static readonly CheckOutcome NoShareGrant = new(VerificationCheck.ShareGrant, CheckResult.NotApplicable, "The credential was presented as a document, not fetched with a share code.");

    private static CheckOutcome Pass(VerificationCheck check, string detail) => new(check, CheckResult.Passed, detail);

    private static string Cut(string value) => value.Length <= 120 ? value : value[..120] + "…";
}
