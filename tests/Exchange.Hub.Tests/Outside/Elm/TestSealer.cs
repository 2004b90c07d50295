using System.Buffers.Text;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>How a spec wants its seal written: the serialisation, the payload encoding, the algorithm and anything
/// it adds to or takes from the protected header (including what a reader must refuse).</summary>
public sealed record SealOptions
{
    public bool General { get; init; } = true;

    public bool Unencoded { get; init; } = true;

    /// <summary>The alg named in the header; null: RS256 for an RSA sealer, ES256 for a P-256 one.</summary>
    public string? Algorithm { get; init; }

    public DateTimeOffset? SigningTime { get; init; } = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public bool Certificate { get; init; } = true;

    public bool Thumbprint { get; init; } = true;

    public bool IssuerSerialKid { get; init; } = true;

    /// <summary>Members set on the protected header after the sealer's own (null value: removed).</summary>
    public JsonObject? Protected { get; init; }

    /// <summary>etsiU component names, written as JAdES-B-LTA sealing services do (base64url JSON objects).</summary>
    public IReadOnlyList<string> EtsiU { get; init; } = [];

    /// <summary>Signs with this function instead of the leaf's key (a wrong key, an HMAC).</summary>
    public Func<byte[], byte[]>? Sign { get; init; }
}

/// <summary>
/// A sealing organisation for the specs: a test CA, an intermediate and a seal certificate for "Latvijas Testa
/// Universitāte" with organisationIdentifier VATLV-40000000000, generated with CertificateRequest (RSA 2048 or P-256;
/// RSA 1024 for a refused key), and a JAdES sealer writing the JWS JSON serialisation as EDC sealing services do.
/// </summary>
public sealed class TestSealer : IDisposable
{
    public const string OrganizationIdentifier = "VATLV-40000000000";
    public const string Organization = "Latvijas Testa Universitāte";
    public const string IssuerId = "urn:epass:org:lv-test-university";

    private static readonly DateTimeOffset From = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly AsymmetricAlgorithm _leafKey;

    private TestSealer(X509Certificate2 root, X509Certificate2 intermediate, X509Certificate2 leaf, AsymmetricAlgorithm leafKey)
    {
        Root = root;
        Intermediate = intermediate;
        Leaf = leaf;
        _leafKey = leafKey;
    }

    /// <summary>The CA certificate, public part only, as a trust list holds it.</summary>
    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    /// <summary>The seal certificate (with its private key).</summary>
    public X509Certificate2 Leaf { get; }

    public bool IsRsa => _leafKey is RSA;

    public static TestSealer Rsa(int leafBits = 2048, DateTimeOffset? leafFrom = null, DateTimeOffset? leafUntil = null) =>
        Create(() => RSA.Create(2048), () => RSA.Create(leafBits), leafFrom, leafUntil, "Test Seal RSA");

    public static TestSealer P256() =>
        Create(() => ECDsa.Create(ECCurve.NamedCurves.nistP256), () => ECDsa.Create(ECCurve.NamedCurves.nistP256), null, null, "Test Seal P-256");

    /// <summary>The trust list's entry for the sealing organisation, its CA registered as a certificate root.</summary>
    public TrustedIssuer Trusted(string issuerId = IssuerId, IReadOnlyList<TrustedIssuerKey>? keys = null) =>
        new(issuerId, "LV-TEST-UNI", "Latvijas Testa Universitāte", "LV", "hub-lv", keys ?? [], [Root], null);

    /// <summary>The leaf's key as a trust list key, for a seal that carries no certificate.</summary>
    public TrustedIssuerKey LeafKey(string keyId = "seal-2026") =>
        new(keyId, Leaf.PublicKey.ExportSubjectPublicKeyInfo(), From, Until, null);

    /// <summary>The leaf certificate as PEM, for the outside verifier.</summary>
    public string LeafPem() => Leaf.ExportCertificatePem();

    /// <summary>Seals <paramref name="credential"/> (its exact JSON text is the payload).</summary>
    public string Seal(JsonObject credential, SealOptions? options = null) => Seal(credential.ToJsonString(), options);

    public string Seal(string payloadText, SealOptions? options = null)
    {
        options ??= new SealOptions();
        var alg = options.Algorithm ?? (IsRsa ? "RS256" : "ES256");
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "jose+json", ["cty"] = "application/ld+json" };
        var critical = new JsonArray();
        if (options.Unencoded)
        {
            header["b64"] = false;
            critical.Add("b64");
        }

        if (options.SigningTime is { } sigT)
        {
            header["sigT"] = sigT.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            critical.Add("sigT");
        }

        if (options.IssuerSerialKid)
        {
            header["kid"] = Convert.ToBase64String(IssuerSerialOf(Leaf));
        }

        if (options.Thumbprint)
        {
            header["x5t#S256"] = Base64Url.EncodeToString(SHA256.HashData(Leaf.RawData));
        }

        if (options.Certificate)
        {
            header["x5c"] = new JsonArray(Convert.ToBase64String(Leaf.RawData), Convert.ToBase64String(Intermediate.RawData));
        }

        if (critical.Count > 0)
        {
            header["crit"] = critical;
        }

        foreach (var (name, value) in options.Protected ?? [])
        {
            if (value is null)
            {
                header.Remove(name);
            }
            else
            {
                header[name] = value.DeepClone();
            }
        }

        var protectedText = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()));
        var payloadMember = options.Unencoded ? payloadText : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadText));
        var input = Encoding.UTF8.GetBytes(protectedText + "." + payloadMember);
        var signature = Base64Url.EncodeToString((options.Sign ?? (i => SignWithLeaf(alg, i)))(input));

        var signatureEntry = new JsonObject { ["protected"] = protectedText, ["signature"] = signature };
        if (options.EtsiU.Count > 0)
        {
            var components = new JsonArray();
            foreach (var name in options.EtsiU)
            {
                var component = new JsonObject { [name] = new JsonObject { ["tstTokens"] = new JsonArray(new JsonObject { ["val"] = "MA==" }) } };
                components.Add(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(component.ToJsonString())));
            }

            signatureEntry.Insert(1, "header", new JsonObject { ["etsiU"] = components });
        }

        if (!options.General)
        {
            var flattened = new JsonObject { ["payload"] = payloadMember };
            foreach (var (name, value) in signatureEntry)
            {
                flattened[name] = value?.DeepClone();
            }

            return flattened.ToJsonString();
        }

        return new JsonObject { ["payload"] = payloadMember, ["signatures"] = new JsonArray(signatureEntry) }.ToJsonString();
    }

    /// <summary>The DER IssuerSerial of a certificate, base64 in a JAdES kid: SEQUENCE { GeneralNames { [4] Name }, serial }.</summary>
    public static byte[] IssuerSerialOf(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
            }

            writer.WriteIntegerUnsigned(certificate.SerialNumberBytes.Span);
        }

        return writer.Encode();
    }

    private byte[] SignWithLeaf(string alg, byte[] input)
    {
        var hash = alg[2..] switch { "384" => HashAlgorithmName.SHA384, "512" => HashAlgorithmName.SHA512, _ => HashAlgorithmName.SHA256 };
        return _leafKey switch
        {
            RSA rsa => rsa.SignData(input, hash, alg.StartsWith("PS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1),
            ECDsa ec => ec.SignData(input, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            _ => throw new InvalidOperationException(),
        };
    }

    private static TestSealer Create(Func<AsymmetricAlgorithm> caKey, Func<AsymmetricAlgorithm> leafKeyFactory, DateTimeOffset? leafFrom, DateTimeOffset? leafUntil, string commonName)
    {
        using var rootKey = caKey();
        var rootRequest = Request(Name(b => b.AddCommonName("Exchange Test Root CA")), rootKey);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        using var root = rootRequest.CreateSelfSigned(From.AddYears(-5), Until.AddYears(5));

        using var intermediateKey = caKey();
        var intermediateRequest = Request(Name(b => b.AddCommonName("Exchange Test Seal CA")), intermediateKey);
        intermediateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        intermediateRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        intermediateRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(intermediateRequest.PublicKey, false));
        intermediateRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        using var intermediatePublic = intermediateRequest.Create(root, From.AddYears(-4), Until.AddYears(4), RandomNumberGenerator.GetBytes(12));
        using var intermediate = WithKey(intermediatePublic, intermediateKey);

        var leafKey = leafKeyFactory();
        var leafRequest = Request(Name(b =>
        {
            b.AddCountryOrRegion("LV");
            b.AddOrganizationName(Organization);
            b.Add("2.5.4.97", OrganizationIdentifier, UniversalTagNumber.UTF8String);
            b.AddCommonName(commonName);
        }), leafKey);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.DigitalSignature, true));
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(intermediate, true, false));
        using var leafPublic = leafRequest.Create(intermediate, leafFrom ?? From, leafUntil ?? Until, RandomNumberGenerator.GetBytes(12));
        var leaf = WithKey(leafPublic, leafKey);

        return new TestSealer(X509CertificateLoader.LoadCertificate(root.RawData), X509CertificateLoader.LoadCertificate(intermediate.RawData), leaf, leafKey);
    }

    private static X500DistinguishedName Name(Action<X500DistinguishedNameBuilder> build)
    {
        var builder = new X500DistinguishedNameBuilder();
        build(builder);
        return builder.Build();
    }

    private static CertificateRequest Request(X500DistinguishedName name, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new CertificateRequest(name, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ec => new CertificateRequest(name, ec, HashAlgorithmName.SHA256),
        _ => throw new ArgumentException("RSA or ECDsa", nameof(key)),
    };

    private static X509Certificate2 WithKey(X509Certificate2 certificate, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => certificate.CopyWithPrivateKey(rsa),
        ECDsa ec => certificate.CopyWithPrivateKey(ec),
        _ => throw new ArgumentException("RSA or ECDsa", nameof(key)),
    };

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        Leaf.Dispose();
        _leafKey.Dispose();
    }
}
