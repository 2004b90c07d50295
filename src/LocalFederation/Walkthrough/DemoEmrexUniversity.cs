using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A made-up university that sends transcripts through EMREX, for the walkthrough only: "Demo EMREX University" in
/// Latvia, known in EMREX and EWP by its SCHAC home organisation <c>demo-emrex.example.org</c>, so its trust-list id is
/// <c>schac:demo-emrex.example.org</c>. Its RSA key (3072 bits) is generated on the first launch and kept (PKCS#8 PEM)
/// in the run's data folder; the national centre registers the public key as a JWK.
/// </summary>
internal sealed class DemoEmrexUniversity : IDisposable
{
    public const string Name = "Demo EMREX University";
    public const string NameLv = "Demo EMREX universitāte";
    public const string Schac = "demo-emrex.example.org";
    public const string IssuerId = "schac:" + Schac;
    public const string Web = "https://demo-emrex.example.org/";

    /// <summary>Its entry in hub-lv's registry.</summary>
    public const string InstitutionId = "LV-DEMO-EMREX";

    /// <summary>The key id the registry keeps (ELMO names no key; the reader tries the issuer's registered keys).</summary>
    public const string KeyId = IssuerId + "#elmo-2026";

    private readonly RSA _key;

    private DemoEmrexUniversity(RSA key, string keyFile)
    {
        _key = key;
        KeyFile = keyFile;
    }

    public string KeyFile { get; }

    public static string Folder(string dataRoot) => Path.Combine(dataRoot, "demo-emrex-university");

    public static DemoEmrexUniversity LoadOrCreate(string dataRoot)
    {
        var keyFile = Path.Combine(Folder(dataRoot), "signing-key.pem");
        var key = RSA.Create(3072);
        try
        {
            if (DemoKeyFiles.Read(keyFile) is { } pem)
            {
                key.ImportFromPem(pem);
            }
            else
            {
                DemoKeyFiles.WritePrivate(keyFile, key.ExportPkcs8PrivateKeyPem());
            }

            return new DemoEmrexUniversity(key, keyFile);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The public key as a JWK (no private member): what the registry's AddSigningKey receives.</summary>
    public string PublicJwk()
    {
        var p = _key.ExportParameters(includePrivateParameters: false);
        return new JsonObject { ["kty"] = "RSA", ["n"] = Base64Url.EncodeToString(p.Modulus), ["e"] = Base64Url.EncodeToString(p.Exponent) }.ToJsonString();
    }

    /// <summary>The public key as DER SubjectPublicKeyInfo, as the trust list keeps it.</summary>
    public byte[] PublicSpki() => _key.ExportSubjectPublicKeyInfo();

    /// <summary>The transcript signed with an enveloped XMLDSig, as the bytes a learner downloads.</summary>
    public byte[] Sign(System.Xml.XmlDocument transcript) => ElmoXmlSigner.Sign(transcript, _key);

    public void Dispose() => _key.Dispose();
}
