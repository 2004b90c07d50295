using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Exchange.Hub.Credentials.Export;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Options;

namespace Exchange.Benchmarks;

/// <summary>
/// Issue 23, the export side: building the Open Badges 3.0 <c>AchievementCredential</c> of the typical micro-credential
/// (<see cref="BenchmarkData.Micro"/>: two languages, four outcomes, EQF and NQF levels, ECTS, a grade) with
/// <see cref="AchievementCredentialBuilder"/>, and securing it as a VC-JWT with the hub's attestation key through
/// <see cref="VcJwtSigner"/> — what one ExportCredential call computes once the credential's status entry is held.
/// </summary>
public class OpenBadgeExportBenchmarks : IDisposable
{
    private readonly string _keysFolder = Path.Combine(Path.GetTempPath(), "exchange-bench-" + Guid.NewGuid().ToString("N"));
    private HubKeyRing _ring = null!;
    private HubIssuer _issuer = null!;
    private VcJwtSigner _signer = null!;
    private OpenBadgeSource _source = null!;
    private JsonObject _payload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ring = new HubKeyRing("hub-ua", _keysFolder);
        _issuer = new HubIssuer(Options.Create(new HubOptions { HubId = "hub-ua", DisplayName = "Exchange hub of Ukraine", PublicWebUrl = "https://exchange.example.ua/" }));
        _signer = new VcJwtSigner(_ring);
        var credential = CredentialToContract.Map(BenchmarkData.Micro());
        var listUrl = _issuer.StatusListUrl("credentials", 1).AbsoluteUri;
        // The entry StatusLists.CredentialStatus writes for index 4711 (the allocation is a grain call, not measured).
        var status = new JsonObject
        {
            ["id"] = listUrl + "#4711",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = "4711",
            ["statusListCredential"] = listUrl,
        };
        _source = new OpenBadgeSource(credential, "UA-KPI", "UA-3141592653", new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.Zero), null, status);
        _payload = Build();
        if (_payload["credentialSubject"]?["achievement"]?["description"] is null || Sign().Split('.').Length != 3)
        {
            throw new InvalidOperationException("The export does not build or sign.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _ring?.Dispose();
        if (Directory.Exists(_keysFolder))
        {
            Directory.Delete(_keysFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Export: AchievementCredentialBuilder.Build (OB 3.0 JSON, 2 languages)")]
    public JsonObject Build() => AchievementCredentialBuilder.Build(_source, _issuer);

    [Benchmark(Description = "Export: VcJwtSigner.Sign (serialise + ES256) of the built credential")]
    public string Sign() => _signer.Sign(_payload);

    [Benchmark(Description = "Export: build + sign")]
    public string BuildAndSign() => _signer.Sign(AchievementCredentialBuilder.Build(_source, _issuer));
}
