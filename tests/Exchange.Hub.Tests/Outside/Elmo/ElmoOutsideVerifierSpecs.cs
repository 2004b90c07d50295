using Exchange.Hub.Credentials;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// The ELMO test signer writes standard XMLDSig and the reader agrees with an implementation that shares no code with
/// .NET's SignedXml: xml-crypto (scripts/node-client/verify-xmldsig.mjs, the key given as the signer's certificate,
/// never taken from KeyInfo) verifies the signed transcripts the reader finds valid, and refuses a tampered one the
/// reader refuses.
/// </summary>
public sealed class ElmoOutsideVerifierSpecs : IDisposable
{
    private readonly ElmoSigner _signer = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("elmo-").FullName;

    public void Dispose()
    {
        _signer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Xml_crypto_verifies_a_signed_ELMO_2_transcript_the_reader_finds_valid()
    {
        var signed = _signer.SignRsa(ElmoFixtures.Version2());

        var run = await VerifyAsync(signed);
        var read = await ElmoReaderSpecs.Read(signed, _signer.Trusted());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_grade_changed_after_signing_fails_in_xml_crypto_as_in_the_reader()
    {
        var tampered = ElmoSigner.Replace(_signer.SignRsa(ElmoFixtures.Version2()), "<resultLabel>B</resultLabel>", "<resultLabel>A</resultLabel>");

        var run = await VerifyAsync(tampered);
        var read = await ElmoReaderSpecs.Read(tampered, _signer.Trusted());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(CheckResult.Failed, ElmoReaderSpecs.Check(read, VerificationCheck.EmbeddedProof).Result);
    }

    private async Task<NodeRun> VerifyAsync(byte[] document)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".xml");
        var pem = Path.Combine(_folder, "signer.pem");
        await File.WriteAllBytesAsync(file, document);
        await File.WriteAllTextAsync(pem, _signer.Certificate.ExportCertificatePem());
        return await NodeScripts.RunAsync("verify-xmldsig.mjs", file, pem);
    }
}
