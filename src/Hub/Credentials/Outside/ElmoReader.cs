using System.Security.Cryptography;
using System.Xml;
using Exchange.Hub.Credentials.Outside.Elmo;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using static Exchange.Hub.Credentials.Outside.Elmo.ElmoElements;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// Reads an EMREX ELMO transcript (ELMO 1.x or 2.x, one namespace for both; plain XML or the EMREX transport form
/// base64(gzip(xml))) with its enveloped XMLDSig signature, and reports every check by name, in order: format (the
/// XML read safely — no DTD, no entity, bounded size, depth and element count — the ELMO root, its reports, the
/// signature's algorithms), header consistency (every report names an issuer; no report issued after the document
/// was generated, nothing generated in the future), the signature (its shape against wrapping, then the keys of the
/// trust list found through the report issuers' schac/pic ids), key trust, the issuer's quality assurance, status (ELMO
/// has none), expiry (ELMO has no validity), share grant (not applicable), required elements. Nothing in the document
/// throws: a problem is a check. The content is mapped — as one transcript — only when the signature verifies with
/// some key, so no rule works on bytes whose integrity is unknown; whether that key is the issuer's is the next check.
/// </summary>
public sealed class ElmoReader(IOutsideIssuerTrust trust, TimeProvider time) : IOutsideCredentialReader
{
    private static readonly VerificationCheck[] Order =
    [
        VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof, VerificationCheck.IssuerKeyTrusted,
        VerificationCheck.IssuerQualityAssurance, VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements,
    ];

    /// <summary>Elements ELMO 2.x added; the namespace did not change.</summary>
    private static readonly string[] Version2Elements = ["dateOfBirth", "alternativeName", "gradingSchemeExternalId", "resultOfRecognition"];

    private readonly ElmoKeyFinder _keys = new(trust);

    public OutsideFormat Format => OutsideFormat.ElmoXml;

    public async Task<ResolvedCredential> ReadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadCheckedAsync(document, cancellationToken);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException or CryptographicException)
        {
            // A shape no check foresaw is still the document's problem, reported, never the caller's exception.
            return OutsideChecks.Unreadable("The document could not be read: " + e.GetType().Name + ".", time.GetUtcNow());
        }
    }

    private async Task<ResolvedCredential> ReadCheckedAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = TranscriptId(bytes.Span);
        var xml = ElmoXml.TryLoad(bytes, out var problem, out var transported);
        if (xml?.DocumentElement is not { } elmo)
        {
            return Stopped(id, [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, xml is null ? problem : "The document has no root element.", "EMBEDDED_PROOF_INVALID")], now);
        }

        if (elmo.LocalName != "elmo" || elmo.NamespaceURI != Namespace)
        {
            return Stopped(id, [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed,
                $"The root element is {{{OutsideChecks.Cut(elmo.NamespaceURI, 80)}}}{OutsideChecks.Cut(elmo.LocalName, 40)}, not ELMO's elmo in {Namespace}.", "UNSUPPORTED_FORMAT")], now);
        }

        var reports = ElmoReport.Of(elmo);
        var shape = ElmoSignaturePolicy.Check(xml);
        if (shape.Refusal is { Check: VerificationCheck.EnvelopeFormat } refusedAlgorithm)
        {
            return Stopped(id, [refusedAlgorithm], now);
        }

        if (reports.Count == 0)
        {
            return Stopped(id, [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, "The ELMO document has no report; the schema requires at least one.", "REQUIRED_ELEMENTS_INVALID")], now);
        }

        var checks = new List<CheckOutcome>
        {
            OutsideChecks.Pass(VerificationCheck.EnvelopeFormat,
                $"An EMREX ELMO {Version(xml)} document{(transported ? " in the EMREX transport form (base64 of gzip)" : "")} with {reports.Count} report{(reports.Count == 1 ? "" : "s")}, read without DTD or entities"
                + (shape.Refusal is null ? $"; signature {shape.Words}." : ".")),
        };

        var generated = Instant(Text(elmo, "generatedDate"));
        checks.Add(Consistency(reports, generated, now));
        if (shape.Refusal is { } wrongShape)
        {
            checks.Add(wrongShape);
            return Stopped(id, checks, now);
        }

        var signedAt = generated ?? reports.Select(r => r.IssueDate).Max() ?? now;
        var keys = await _keys.FindAsync(shape, reports, signedAt, cancellationToken);
        checks.Add(keys.EmbeddedProof);
        checks.Add(keys.IssuerKeyTrusted);
        checks.Add(OutsideChecks.QualityAssurance(keys.Issuer, keys.KeyTrusted, signedAt, now));
        if (!keys.SignatureVerified)
        {
            return Stopped(id, checks, now, keys.Issuer?.CountryCode ?? "", "the signature is not verified");
        }

        // ELMO has no status list or revocation element: an EMP generates it from live records when the learner asks,
        // so the document is the point-in-time statement of the records on its generatedDate, nothing to look up later.
        checks.Add(new CheckOutcome(VerificationCheck.Revocation, CheckResult.NotApplicable,
            $"ELMO states no status; the EMREX transfer is the point-in-time statement of the records{(generated is { } g ? $" as generated on {g:O}" : "")}."));
        checks.Add(OutsideChecks.Pass(VerificationCheck.Expiry,
            $"ELMO states no validity period; the transcript was generated {(generated is { } at ? $"on {at:O}" : "at a time it does not state")}."));
        checks.Add(OutsideChecks.NoShareGrant);

        // Issuer is set only when one of its registered keys or roots verified the signature.
        var trusted = keys.Issuer;
        var context = new OutsideMappingContext(trusted?.CountryCode, trusted?.Name, trusted?.QualityAssurance);
        var credential = ElmoMapper.Map(xml, id, context, keys.IssuerReport);
        var country = trusted?.CountryCode is { Length: > 0 } code ? code : credential.IssuerCountry ?? "";
        checks.Add(OutsideChecks.RequiredElements(credential, country));
        return OutsideChecks.Resolved(OutsideChecks.Report(id, checks, now), country, credential);
    }

    /// <summary>What can be checked without a key: every report names its issuer by at least one identifier (the
    /// schema requires one), no report is issued after the document was generated, and the document was not
    /// generated in the future.</summary>
    private static CheckOutcome Consistency(IReadOnlyList<ElmoReport> reports, DateTimeOffset? generated, DateTimeOffset now)
    {
        var problems = new List<string>();
        foreach (var report in reports)
        {
            if (report.Issuer is not { Identifiers.Count: > 0 })
            {
                problems.Add($"report {report.Number} names no issuer identifier");
            }

            if (generated is { } g && report.IssueDate is { } issued && issued > g + OutsideChecks.ClockSkew)
            {
                problems.Add($"report {report.Number} is issued ({issued:O}) after the document was generated ({g:O})");
            }
        }

        if (generated is { } at && at > now + OutsideChecks.ClockSkew)
        {
            problems.Add($"the document was generated in the future ({at:O})");
        }

        return problems.Count == 0
            ? OutsideChecks.Pass(VerificationCheck.HeaderConsistency,
                $"Every report names its issuer ({string.Join("; ", reports.Take(5).Select(r => r.Issuer!.Words))}{(reports.Count > 5 ? $"; and {reports.Count - 5} more" : "")}) and none is issued after the document's generatedDate.")
            : new CheckOutcome(VerificationCheck.HeaderConsistency, CheckResult.Failed, "The document contradicts itself: " + string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? $"; and {problems.Count - 5} more" : "") + ".", "HEADER_MISMATCH");
    }

    /// <summary>ELMO 2.x keeps the namespace; its own elements tell it apart.</summary>
    private static string Version(XmlDocument document) =>
        Version2Elements.Any(n => document.GetElementsByTagName(n, Namespace).Count > 0)
            ? "2.x" : "1.x";

    /// <summary>ELMO has no document id: the transcript is named by the SHA-256 of the bytes as presented.</summary>
    private static string TranscriptId(ReadOnlySpan<byte> bytes) => "urn:exchange:elmo:sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The checks so far, then every later check named as not checked.</summary>
    private static ResolvedCredential Stopped(string id, List<CheckOutcome> checks, DateTimeOffset now, string country = "", string because = "the document is refused")
    {
        foreach (var check in Order.Where(c => checks.All(k => k.Check != c)))
        {
            checks.Add(check == VerificationCheck.ShareGrant ? OutsideChecks.NoShareGrant : OutsideChecks.NotChecked(check, because));
        }

        return OutsideChecks.Resolved(OutsideChecks.Report(id, checks, now), country, null);
    }
}
