using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.DataIntegrity;

/// <summary>
/// Both directions against digitalbazaar's Data Integrity libraries (scripts/node-client di-sign.mjs, di-verify.mjs,
/// offline): what they sign verifies in the hub, what the hub's canonicaliser and NSec sign verifies with them, and
/// a tampered or wrongly keyed credential fails with them too. Node runs are batched.
/// </summary>
public sealed class DataIntegrityInteropSpecs : IDisposable
{
    private readonly DataIntegrityIssuer _issuer = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("di-interop-");

    public void Dispose()
    {
        _issuer.Dispose();
        _folder.Delete(recursive: true);
    }

    private string Write(string name, JsonNode document)
    {
        var file = Path.Combine(_folder.FullName, name);
        File.WriteAllText(file, document.ToJsonString(), new UTF8Encoding(false));
        return file;
    }

    private static Task<ResolvedCredential> Read(JsonNode document, params TrustedIssuer[] trusted) =>
        OutsideReaders.CreateDataIntegrity(new InMemoryIssuerTrust(trusted)).ReadAsync(Encoding.UTF8.GetBytes(document.ToJsonString()), CancellationToken.None);

    private static CheckOutcome Check(ResolvedCredential read, VerificationCheck check) => read.Verification.Checks.Single(c => c.Check == check);

    private async Task<JsonObject> SignWithDigitalBazaar(string name, JsonObject credential, string seedHex, string method)
    {
        var run = await NodeScripts.RunAsync("di-sign.mjs", Write(name, credential), seedHex, method, "2026-07-01T09:30:00Z");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonNode.Parse(run.StdOut)!.AsObject();
    }

    [Fact]
    public async Task Credentials_signed_by_digitalbazaar_verify_in_the_hub()
    {
        using var didIssuer = new DataIntegrityIssuer(issuerId: null);
        var https = await SignWithDigitalBazaar("https.json", _issuer.Badge(), _issuer.SeedHex, _issuer.VerificationMethod);
        var did = await SignWithDigitalBazaar("did.json", didIssuer.Badge(), didIssuer.SeedHex, "did:key");

        var trusted = await Read(https, _issuer.Trusted());
        var fromDid = await Read(did);

        Assert.Equal(VerificationVerdict.Valid, trusted.Verification.Verdict);
        Assert.Equal("Data analysis", trusted.Credential!.Title[0].Text);
        Assert.Equal(didIssuer.VerificationMethod, did["proof"]!["verificationMethod"]!.GetValue<string>());
        Assert.Equal(CheckResult.Passed, Check(fromDid, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(VerificationVerdict.NeedsReview, fromDid.Verification.Verdict);

        https["name"] = "Changed after signing";
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(await Read(https, _issuer.Trusted()), VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Fact]
    public async Task Credentials_signed_by_the_hub_verify_with_digitalbazaar_and_tampered_ones_do_not()
    {
        using var didIssuer = new DataIntegrityIssuer(issuerId: null);
        using var impostor = new DataIntegrityIssuer();
        var vc11 = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2"),
            ["type"] = new JsonArray("VerifiableCredential"),
            ["issuer"] = _issuer.IssuerId,
            ["issuanceDate"] = "2025-01-01T00:00:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = OutsideDocuments.SubjectId },
        };
        var good = new[]
        {
            Write("https.json", _issuer.Sign(_issuer.Badge())),
            Write("did.json", didIssuer.Sign(didIssuer.Badge())),
            Write("vc11.json", _issuer.Sign(vc11)),
            NodeScripts.Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json"),
        };
        var renamed = _issuer.Sign(_issuer.Badge());
        renamed["name"] = "Changed after signing";
        var added = _issuer.Sign(_issuer.Badge());
        added["description"] = "Awarded with honours.";
        var bad = new[]
        {
            Write("renamed.json", renamed),
            Write("added.json", added),
            Write("wrong-key.json", impostor.Sign(impostor.Badge(), p => p["verificationMethod"] = _issuer.VerificationMethod)),
        };

        var verified = await NodeScripts.RunAsync("di-verify.mjs", good);
        var refused = await NodeScripts.RunAsync("di-verify.mjs", bad);

        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.All(Lines(verified), line => Assert.True(line.Verified, line.File));
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(bad.Length, Lines(refused).Count);
        Assert.All(Lines(refused), line => Assert.False(line.Verified, line.File));
    }

    private sealed record Line(string File, bool Verified);

    private static List<Line> Lines(NodeRun run) =>
        [.. run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new Line(e.GetProperty("file").GetString()!, e.GetProperty("verified").GetBoolean()))];
}
