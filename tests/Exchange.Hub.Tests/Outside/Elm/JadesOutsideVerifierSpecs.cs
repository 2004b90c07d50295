using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// The test sealer writes standard JWS: jose (scripts/node-client/verify-jades.mjs) verifies its seals in both
/// serialisations and both payload encodings and returns the credential's exact JSON text, and a tampered seal fails
/// there as it fails in the hub's reader.
/// </summary>
public sealed class JadesOutsideVerifierSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jades-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public async Task Jose_verifies_the_seals_and_reads_the_same_payload(bool rsa, bool general, bool unencoded)
    {
        using var sealer = rsa ? TestSealer.Rsa() : TestSealer.P256();
        var credential = EdcDocuments.Minimal().ToJsonString();
        var sealedDocument = sealer.Seal(credential, new SealOptions { General = general, Unencoded = unencoded });

        var run = await VerifyAsync(sealedDocument, sealer);
        var read = await ElmJadesReaders.ReadAsync(sealedDocument, sealer.Trusted());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(credential, run.StdOut.TrimEnd('\n'));
        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_tampered_seal_fails_in_jose_as_in_the_reader()
    {
        using var sealer = TestSealer.Rsa();
        var tampered = sealer.Seal(EdcDocuments.Minimal()).Replace("Max Power", "Max Powers", StringComparison.Ordinal);

        var run = await VerifyAsync(tampered, sealer);
        var read = await ElmJadesReaders.ReadAsync(tampered, sealer.Trusted());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not verified", run.StdErr, StringComparison.Ordinal);
        Assert.Equal("EMBEDDED_PROOF_INVALID", read.Check(VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Fact]
    public async Task The_fuller_EDC_with_a_B_LTA_header_verifies_in_jose()
    {
        using var sealer = TestSealer.P256();
        var sealedDocument = sealer.Seal(EdcDocuments.Fuller(), new SealOptions
        {
            EtsiU = ["sigTst", "xVals", "rVals", "arcTst"],
            Protected = new JsonObject { ["adoTst"] = new JsonObject { ["tstTokens"] = new JsonArray() }, ["crit"] = new JsonArray("b64", "sigT", "adoTst") },
        });

        var run = await VerifyAsync(sealedDocument, sealer);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("urn:credential:6a1f0c52-4a35-4d3c-9a57-8e0d1f3b2c11", JsonNode.Parse(run.StdOut)!["id"]!.GetValue<string>());
    }

    private async Task<NodeRun> VerifyAsync(string sealedDocument, TestSealer sealer)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        var pem = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".pem");
        await File.WriteAllTextAsync(file, sealedDocument);
        await File.WriteAllTextAsync(pem, sealer.LeafPem());
        return await NodeScripts.RunAsync("verify-jades.mjs", file, pem);
    }
}
