using System.Buffers.Text;
using System.Text.Json.Nodes;
using NSec.Cryptography;
using SimpleBase;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A made-up issuer of Open Badges with Data Integrity proofs, for the walkthrough only: "Demo Skills Lab" in Ukraine,
/// issuer id under example.org, signing with Ed25519 (<c>eddsa-rdfc-2022</c>, the suite of OB 3.0's own examples). Its
/// key is generated on the first launch and kept (PKCS#8 PEM) in the run's data folder; the national centre registers
/// the public key as a JWK (<c>kty OKP</c>, <c>crv Ed25519</c>). The proof's verification method is the issuer id with
/// the key's Multikey as the fragment, as the OB 3.0 test vector names its key.
/// </summary>
internal sealed class DemoSkillsLab : IDisposable
{
    public const string Name = "Demo Skills Lab";
    public const string IssuerId = "https://demo-skills-lab.example.org/issuer";
    public const string Web = "https://demo-skills-lab.example.org/";

    /// <summary>Its entry in hub-ua's registry.</summary>
    public const string InstitutionId = "UA-DEMO-SKILLS";

    private readonly Key _key;

    private DemoSkillsLab(Key key, string keyFile)
    {
        _key = key;
        KeyFile = keyFile;
        var raw = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        PublicKeyRaw = raw;
        // Multikey: 0xed 0x01 (the multicodec of an Ed25519 public key) ‖ the key, base58btc with the "z" prefix.
        KeyId = IssuerId + "#z" + Base58.Bitcoin.Encode([0xed, 0x01, .. raw]);
    }

    /// <summary>Where the private key is kept (the run's data folder).</summary>
    public string KeyFile { get; }

    /// <summary>The verification method of its proofs and the key id the registry keeps.</summary>
    public string KeyId { get; }

    public byte[] PublicKeyRaw { get; }

    public static string Folder(string dataRoot) => Path.Combine(dataRoot, "demo-skills-lab");

    /// <summary>The lab with the key of this data folder, generated now if there is none yet.</summary>
    public static DemoSkillsLab LoadOrCreate(string dataRoot)
    {
        var keyFile = Path.Combine(Folder(dataRoot), "signing-key.pem");
        if (DemoKeyFiles.Read(keyFile) is { } pem)
        {
            return new DemoSkillsLab(Key.Import(SignatureAlgorithm.Ed25519, System.Text.Encoding.ASCII.GetBytes(pem), KeyBlobFormat.PkixPrivateKeyText), keyFile);
        }

        var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        DemoKeyFiles.WritePrivate(keyFile, System.Text.Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText)));
        return new DemoSkillsLab(key, keyFile);
    }

    /// <summary>The public key as a JWK (RFC 8037; no private member): what the registry's AddSigningKey receives.</summary>
    public string PublicJwk() => new JsonObject
    {
        ["kty"] = "OKP",
        ["crv"] = "Ed25519",
        ["x"] = Base64Url.EncodeToString(PublicKeyRaw),
    }.ToJsonString();

    /// <summary>The credential with its Data Integrity proof.</summary>
    public JsonObject Sign(JsonObject credential, DateTimeOffset created) => EddsaRdfcSigner.Sign(credential, _key, KeyId, created);

    public void Dispose() => _key.Dispose();
}
