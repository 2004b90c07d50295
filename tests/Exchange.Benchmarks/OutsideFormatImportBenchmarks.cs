using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Exchange.Benchmarks.Outside;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.Linked;
using NSec.Cryptography;

namespace Exchange.Benchmarks;

/// <summary>
/// Issue 24: what importing the three other outside formats costs the hub — <see cref="OutsideCredentialImporter"/>
/// with the hub's readers end to end (parse, signature or seal, key or certificate trust from an in-memory trust list,
/// quality assurance, status, expiry, mapping), on the walkthrough's documents (<see cref="OutsideFormatDocuments"/>):
/// the Open Badge with an <c>eddsa-rdfc-2022</c> Data Integrity proof, the JAdES-sealed European Digital Credential
/// and the ELMO transcript signed with XMLDSig. The Data Integrity proof is also measured stage by stage: JSON-LD to
/// RDF of the credential, its RDFC-1.0 canonicalisation, the same two for the proof options, and the hashes with the
/// Ed25519 verification. Run beside <see cref="OutsideCredentialImportBenchmarks"/> (VC-JWT) in the same hour.
/// Every document is proved to read VALID before anything is measured.
/// </summary>
public class OutsideFormatImportBenchmarks : IDisposable
{
    private OutsideFormatDocuments _documents = null!;
    private OutsideCredentialImporter _importer = null!;
    private byte[] _badgeWithoutProof = null!;
    private IReadOnlyList<RdfQuad> _badgeQuads = null!;
    private string _badgeCanonical = null!;
    private string _proofCanonical = null!;
    private NSec.Cryptography.PublicKey _ed25519 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var time = new FixedClock(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        _documents = new OutsideFormatDocuments(time.GetUtcNow());
        _importer = OutsideImport.Importer(_documents.Trust, time);
        OutsideImport.Prove(_importer, _documents);
        _badgeWithoutProof = Encoding.UTF8.GetBytes(_documents.BadgeWithoutProof.ToJsonString());
        _badgeQuads = BadgeToRdf();
        _badgeCanonical = CanonicalizeBadge();
        _proofCanonical = RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(_documents.ProofOptions, JsonLdContexts.Bundled));
        _ed25519 = NSec.Cryptography.PublicKey.Import(SignatureAlgorithm.Ed25519, _documents.Ed25519PublicKey, KeyBlobFormat.RawPublicKey);
        if (!HashAndVerifyEd25519())
        {
            throw new InvalidOperationException("The staged Data Integrity verification does not verify the badge's proof.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _documents?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Import OB 3.0 badge, Data Integrity eddsa-rdfc-2022, trusted Ed25519 key")]
    public Task<ResolvedCredential> DataIntegrityBadge() =>
        _importer.ImportAsync(OutsideFormat.VcJsonLd, _documents.DataIntegrityBadge, CancellationToken.None);

    [Benchmark(Description = "DI stage 1: parse + JSON-LD to RDF of the credential (no proof)")]
    public IReadOnlyList<RdfQuad> BadgeToRdf() =>
        JsonLdRdf.ToRdf(JsonNode.Parse(_badgeWithoutProof)!.AsObject(), JsonLdContexts.Bundled);

    [Benchmark(Description = "DI stage 2: RDFC-1.0 canonicalisation of the credential's quads")]
    public string CanonicalizeBadge() => RdfCanonicalizer.Canonicalize(_badgeQuads);

    [Benchmark(Description = "DI stage 3: proof options to RDF + RDFC-1.0")]
    public string CanonicalizeProofOptions() => RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(_documents.ProofOptions, JsonLdContexts.Bundled));

    [Benchmark(Description = "DI stage 4: SHA-256 of both canonical forms + Ed25519 verify (NSec)")]
    public bool HashAndVerifyEd25519()
    {
        byte[] data = [.. SHA256.HashData(Encoding.UTF8.GetBytes(_proofCanonical)), .. SHA256.HashData(Encoding.UTF8.GetBytes(_badgeCanonical))];
        return SignatureAlgorithm.Ed25519.Verify(_ed25519, data, _documents.ProofSignature);
    }

    [Benchmark(Description = "Import EDC sealed with JAdES (RS256-3072, x5c chained to a registered root)")]
    public Task<ResolvedCredential> SealedEuropeanCredential() =>
        _importer.ImportAsync(OutsideFormat.ElmJades, _documents.SealedCredential, CancellationToken.None);

    [Benchmark(Description = "Import ELMO transcript, 4 courses, XMLDSig RSA-SHA256-3072, registered key")]
    public Task<ResolvedCredential> SignedElmoTranscript() =>
        _importer.ImportAsync(OutsideFormat.ElmoXml, _documents.SignedTranscript, CancellationToken.None);
}
