using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A made-up issuer of Open Badges outside the federation, for the walkthrough only: "Demo Badge Academy", issuer id
/// under example.org. Its P-256 key is generated on the first launch and kept (PKCS#8 PEM) in the run's data folder,
/// so a person can see what a national centre registers — the public JWK — and what stays with the issuer.
/// It signs the way an Open Badges 3.0 issuer does: a compact JWS, header <c>{"alg":"ES256","kid":…}</c>.
/// </summary>
internal sealed class DemoBadgeAcademy : IDisposable
{
    public const string Name = "Demo Badge Academy";
    public const string IssuerId = "https://demo-badge-academy.example.org/issuer";

    /// <summary>Its entry in hub-lv's registry (a country-prefixed registry id, as every institution has).</summary>
    public const string InstitutionId = "LV-DEMO-BADGES";

    /// <summary>The key id the registry keeps and the badges' <c>kid</c> names.</summary>
    public const string KeyId = IssuerId + "#key-1";

    private readonly ECDsa _key;

    private DemoBadgeAcademy(ECDsa key, string keyFile)
    {
        _key = key;
        KeyFile = keyFile;
    }

    /// <summary>Where the private key is kept (the run's data folder).</summary>
    public string KeyFile { get; }

    /// <summary>The academy with the key of this data folder, generated now if there is none yet.</summary>
    public static DemoBadgeAcademy LoadOrCreate(string dataRoot)
    {
        var folder = Path.Combine(dataRoot, "demo-badge-academy");
        var keyFile = Path.Combine(folder, "signing-key.pem");
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            if (File.Exists(keyFile))
            {
                key.ImportFromPem(File.ReadAllText(keyFile));
            }
            else
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            return new DemoBadgeAcademy(key, keyFile);
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
        var q = _key.ExportParameters(includePrivateParameters: false).Q;
        return new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url.EncodeToString(q.X),
            ["y"] = Base64Url.EncodeToString(q.Y),
        }.ToJsonString();
    }

    /// <summary>The badge as a compact JWS (ES256 signature as raw r‖s, as JOSE writes it, in its low-S form).</summary>
    public string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = KeyId };
        var signingInput = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." +
                           Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = Exchange.Hub.Signing.Es256.Sign(_key, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public void Dispose() => _key.Dispose();
}
