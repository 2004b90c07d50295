using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Exchange.Benchmarks.Outside;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;

namespace Exchange.Benchmarks;

/// <summary>
/// Issue 23: what importing an outside credential costs the hub — <see cref="OutsideCredentialImporter"/> with the
/// VC-JWT reader, end to end (parse, header consistency, signature, key trust from an in-memory trust list, quality
/// assurance, status stated or not, expiry, mapping into the hub's model), for the shapes a verifier meets. The
/// baseline is the one raw ECDSA P-256 verification a badge needs, so the rows read as "× the cryptography";
/// compare with <see cref="EnvelopeVerificationBenchmarks"/> (two verifications per envelope) run in the same hour.
/// Every document's verdict is proved before measuring (valid, or needs review for the untrusted key).
/// </summary>
public class OutsideCredentialImportBenchmarks : IDisposable
{
    private OutsideDocuments _documents = null!;
    private OutsideCredentialImporter _importer = null!;
    private ECDsa _badgeKey = null!;
    private byte[] _signingInput = null!;
    private byte[] _signature = null!;
    private byte[] _badgeSpki = null!;

    [GlobalSetup]
    public void Setup()
    {
        var time = new FixedClock(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        _documents = new OutsideDocuments(time.GetUtcNow());
        _importer = OutsideImport.Importer(_documents.Trust, time);
        OutsideImport.Prove(_importer, _documents);
        (_badgeKey, _signingInput, _signature) = _documents.RawEs256();
        _badgeSpki = _badgeKey.ExportSubjectPublicKeyInfo();
        if (!RawEs256Verification() || !RawEs256VerificationWithKeyImport())
        {
            throw new InvalidOperationException("The raw baseline does not verify the badge's signature.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _documents?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Raw: 1 x ECDSA P-256 VerifyData over a badge's JWS signing input (key imported)")]
    public bool RawEs256Verification() =>
        _badgeKey.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>The same verification with the key imported from its SPKI first, as the reader does for each key it tries
    /// (the envelope verifier keeps imported keys in PublicKeyCache; the reader does not).</summary>
    [Benchmark(Description = "Raw: import the P-256 SPKI + 1 x ECDSA P-256 VerifyData")]
    public bool RawEs256VerificationWithKeyImport()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(_badgeSpki, out _);
        return key.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    [Benchmark(Description = "Import OB 3.0 badge, ES256, trusted kid")]
    public Task<ResolvedCredential> Es256Badge() => _importer.ImportAsync(OutsideFormat.VcJwt, _documents.Es256Badge, CancellationToken.None);

    [Benchmark(Description = "Import OB 3.0 badge, RS256-2048, trusted kid")]
    public Task<ResolvedCredential> Rs256Badge() => _importer.ImportAsync(OutsideFormat.VcJwt, _documents.Rs256Badge, CancellationToken.None);

    [Benchmark(Description = "Import OB 3.0 badge, ES256, older vc-claim layout")]
    public Task<ResolvedCredential> VcClaimBadge() => _importer.ImportAsync(OutsideFormat.VcJwt, _documents.VcClaimBadge, CancellationToken.None);

    [Benchmark(Description = "Import CLR 2.0 with 3 embedded badges (4 ES256 verifications)")]
    public Task<ResolvedCredential> ClrWithThreeBadges() => _importer.ImportAsync(OutsideFormat.VcJwt, _documents.Clr, CancellationToken.None);

    [Benchmark(Description = "Import OB 3.0 badge, key only in its jwk header (issuer not trusted)")]
    public Task<ResolvedCredential> UntrustedJwkHeader() => _importer.ImportAsync(OutsideFormat.VcJwt, _documents.UntrustedJwkBadge, CancellationToken.None);
}

/// <summary>A clock that stays at one instant, so the documents' validity windows hold for the whole run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
