using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.LocalFederation.Walkthrough;

namespace Exchange.Benchmarks.Outside;

/// <summary>
/// The walkthrough's documents in the three other outside formats, signed here by the walkthrough's own demo issuers
/// with keys generated in a temporary folder: the demo Open Badge 3.0 with an <c>eddsa-rdfc-2022</c> Data Integrity
/// proof (<see cref="DemoSkillsLab"/>), the demo European Digital Credential sealed with JAdES under a demo CA
/// (<see cref="DemoEuropassIssuer"/>, RSA-3072) and the demo ELMO transcript of four courses signed with an enveloped
/// XMLDSig (<see cref="DemoEmrexUniversity"/>, RSA-3072); and a trust list in memory holding the three issuers with
/// their registered key or certificate root, as the registry would.
/// </summary>
public sealed class OutsideFormatDocuments : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchange-bench-outside-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly DemoSkillsLab _lab;
    private readonly DemoEuropassIssuer _sealer;
    private readonly DemoEmrexUniversity _university;

    public OutsideFormatDocuments(DateTimeOffset now)
    {
        Now = now;
        _lab = DemoSkillsLab.LoadOrCreate(_folder);
        _sealer = DemoEuropassIssuer.LoadOrCreate(_folder, now.AddDays(-30));
        _university = DemoEmrexUniversity.LoadOrCreate(_folder);
        var signedAt = now.AddDays(-1);

        var badge = DemoBadge.Create(DemoSkillsLab.IssuerId, DemoSkillsLab.Name, "bench", signedAt, (DemoSkillsLab.Web, "Ukraine", "UA")).Credential();
        var signedBadge = _lab.Sign(badge, signedAt);
        DataIntegrityBadge = Encoding.UTF8.GetBytes(signedBadge.ToJsonString());
        // The stages of its verification, apart: the credential without its proof, the proof options under its context.
        BadgeWithoutProof = signedBadge.DeepClone().AsObject();
        BadgeWithoutProof.Remove("proof");
        ProofOptions = signedBadge["proof"]!.DeepClone().AsObject();
        var proofValue = ProofOptions["proofValue"]!.GetValue<string>();
        ProofOptions.Remove("proofValue");
        ProofOptions["@context"] = BadgeWithoutProof["@context"]!.DeepClone();
        ProofSignature = SimpleBase.Base58.Bitcoin.Decode(proofValue.AsSpan(1)).ToArray();
        Ed25519PublicKey = _lab.PublicKeyRaw;

        var credential = DemoEuropeanCredential.Create("bench", signedAt);
        SealedCredential = Encoding.UTF8.GetBytes(_sealer.Seal(Encoding.UTF8.GetBytes(credential.Credential.ToJsonString()), signedAt));
        SignedTranscript = _university.Sign(DemoElmoTranscript.Create("bench", signedAt).Document);

        var qa = new QualityAssuranceBasis("Bench QA agency", true, QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive, now.AddYears(-2), now.AddYears(3));
        var from = now.AddYears(-1);
        Trust = new InMemoryIssuerTrust(
            new TrustedIssuer(DemoSkillsLab.IssuerId, DemoSkillsLab.InstitutionId, DemoSkillsLab.Name, "UA", "hub-ua",
                [new TrustedIssuerKey(_lab.KeyId, Ed25519Spki.FromRaw(_lab.PublicKeyRaw), from, null, null)], [], qa),
            new TrustedIssuer(DemoEuropassIssuer.IssuerId, DemoEuropassIssuer.InstitutionId, DemoEuropassIssuer.Name, "LV", "hub-lv",
                [], [_sealer.RootCertificate], qa),
            new TrustedIssuer(DemoEmrexUniversity.IssuerId, DemoEmrexUniversity.InstitutionId, DemoEmrexUniversity.Name, "LV", "hub-lv",
                [new TrustedIssuerKey(DemoEmrexUniversity.KeyId, _university.PublicSpki(), from, null, null)], [], qa));
    }

    public DateTimeOffset Now { get; }

    /// <summary>The Open Badge with its Data Integrity proof, as the file a learner holds.</summary>
    public byte[] DataIntegrityBadge { get; }

    public JsonObject BadgeWithoutProof { get; }

    /// <summary>The proof without <c>proofValue</c>, under the credential's <c>@context</c>: what the proof hash covers.</summary>
    public JsonObject ProofOptions { get; }

    public byte[] ProofSignature { get; }

    public byte[] Ed25519PublicKey { get; }

    /// <summary>The JAdES-sealed European Digital Credential (JSON general serialisation, unencoded payload).</summary>
    public byte[] SealedCredential { get; }

    /// <summary>The ELMO transcript with its enveloped XMLDSig.</summary>
    public byte[] SignedTranscript { get; }

    public IOutsideIssuerTrust Trust { get; }

    public void Dispose()
    {
        _lab.Dispose();
        _sealer.Dispose();
        _university.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
