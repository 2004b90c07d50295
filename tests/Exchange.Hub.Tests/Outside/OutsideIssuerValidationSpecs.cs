using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Rpc;
using Exchange.Hub.Services.Registry;
using Exchange.Hub.Signing;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Outside;

/// <summary>The registry's rules for an institution's entry on the trust list of outside issuers and its RSA and
/// Ed25519 keys.</summary>
public sealed class OutsideIssuerValidationSpecs
{
    private static readonly string[] IdForms = ["https URL", "DID", "urn:", "schac:", "pic:"];

    [Theory]
    [InlineData("https://badges.uni.example/issuers/1")]
    [InlineData("https://uni.example")]
    [InlineData("did:web:badges.uni.example")]
    [InlineData("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")]
    [InlineData("urn:epass:org:6b4c1f5e-8b9e-4d5b-9d2e-3f2a1c0b9a87")]
    [InlineData("urn:uuid:1b5c4d1e-0000-4000-8000-000000000000")]
    [InlineData("URN:example-1:a/b%20c@d")]
    [InlineData("schac:uni.example.lv")]
    [InlineData("schac:kaznu.kz")]
    [InlineData("pic:999884732")]
    public void An_https_url_a_did_a_urn_or_an_elmo_issuer_identifier_is_an_outside_issuer_id(string id) => Assert.True(OutsideIssuerValidation.IsIssuerId(id));

    [Theory]
    [InlineData("")]
    [InlineData("http://badges.uni.example/issuer")]
    [InlineData("badges.uni.example/issuer")]
    [InlineData("https://badges.uni.example/issuer#key-1")]
    [InlineData("urn:")]
    [InlineData("urn:x:nss")]
    [InlineData("urn:-ab:nss")]
    [InlineData("urn:epass:")]
    [InlineData("urn:epass:org?=q")]
    [InlineData("urn:epass:org#f")]
    [InlineData("urn:epass:a%2")]
    [InlineData("schac:")]
    [InlineData("schac:localhost")]
    [InlineData("schac:Uni.Example.lv")]
    [InlineData("schac:-uni.example")]
    [InlineData("schac:uni..example")]
    [InlineData("schac:https://uni.example")]
    [InlineData("pic:")]
    [InlineData("pic:12a")]
    [InlineData("PIC:999884732")]
    [InlineData("did:")]
    [InlineData("did:web")]
    [InlineData("did:Web:x")]
    [InlineData("https://uni.example/a b")]
    public void Anything_else_is_refused_as_an_outside_issuer_id(string id) => Assert.False(OutsideIssuerValidation.IsIssuerId(id));

    [Fact]
    public void Every_problem_of_the_entry_is_named_by_its_field()
    {
        var institution = new Institution
        {
            OutsideIssuerIds = { "https://badges.uni.example/issuer", "http://plain.example", "https://badges.uni.example/issuer" },
            CertificateRoots = { ByteString.CopyFrom(TrustListSamples.CaCertificate()), ByteString.CopyFrom(TrustListSamples.LeafCertificate()), ByteString.CopyFromUtf8("not a certificate") },
        };
        var violations = new FieldViolations();

        OutsideIssuerValidation.Check(institution, "institution", violations);

        var fields = violations.ToBadRequest().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["institution.outside_issuer_ids[1]", "institution.outside_issuer_ids[2]", "institution.certificate_roots[1]", "institution.certificate_roots[2]"], fields);
        Assert.Contains("listed twice", violations.ToBadRequest().FieldViolations[1].Description, StringComparison.Ordinal);
        Assert.Contains("certification authority", violations.ToBadRequest().FieldViolations[2].Description, StringComparison.Ordinal);
        var idProblem = violations.ToBadRequest().FieldViolations[0].Description;
        Assert.All(IdForms, named => Assert.Contains(named, idProblem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_rsa_jwk_reads_as_its_spki_and_a_private_one_is_refused()
    {
        using var rsa = RSA.Create(2048);

        Assert.Equal(rsa.ExportSubjectPublicKeyInfo(), JwkKeys.ToSpki(TrustListSamples.RsaJwk(rsa)));
        var p = rsa.ExportParameters(true);
        var withPrivate = System.Text.Json.Nodes.JsonNode.Parse(TrustListSamples.RsaJwk(rsa))!.AsObject();
        withPrivate["d"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(p.D);
        Assert.Null(JwkKeys.ToSpki(withPrivate.ToJsonString()));
    }

    [Fact]
    public void A_key_is_told_apart_by_its_algorithm_and_a_short_rsa_key_is_unsupported()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        using var shortRsa = RSA.Create(1024);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Equal(PublicKeyKind.Es256, PublicKeyAlgorithm.Of(ec.ExportSubjectPublicKeyInfo()));
        Assert.Equal(PublicKeyKind.Rs256, PublicKeyAlgorithm.Of(rsa.ExportSubjectPublicKeyInfo()));
        Assert.Equal(PublicKeyKind.Unsupported, PublicKeyAlgorithm.Of(shortRsa.ExportSubjectPublicKeyInfo()));
        Assert.Equal(PublicKeyKind.Unsupported, PublicKeyAlgorithm.Of(p384.ExportSubjectPublicKeyInfo()));
    }

    [Fact]
    public void A_public_ed25519_jwk_reads_as_its_spki_and_a_private_or_short_one_is_refused()
    {
        var raw = RandomNumberGenerator.GetBytes(32);
        var x = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(raw);

        var spki = JwkKeys.ToSpki($$"""{"kty":"OKP","crv":"Ed25519","x":"{{x}}"}""");

        Assert.Equal(Exchange.Hub.Credentials.Outside.Ed25519Spki.FromRaw(raw), spki);
        Assert.Equal(PublicKeyKind.EdDsa, PublicKeyAlgorithm.Of(spki));
        Assert.Null(JwkKeys.ToSpki($$"""{"kty":"OKP","crv":"Ed25519","x":"{{x}}","d":"{{x}}"}"""));
        Assert.Null(JwkKeys.ToSpki($$"""{"kty":"OKP","crv":"X25519","x":"{{x}}"}"""));
        Assert.Null(JwkKeys.ToSpki($$"""{"kty":"OKP","crv":"Ed25519","x":"{{x[..20]}}"}"""));
    }

    [Fact]
    public void An_ed25519_spki_is_told_apart_and_a_malformed_one_is_unsupported()
    {
        var spki = Exchange.Hub.Credentials.Outside.Ed25519Spki.FromRaw(RandomNumberGenerator.GetBytes(32));

        Assert.Equal(PublicKeyKind.EdDsa, PublicKeyAlgorithm.Of(spki));
        Assert.Equal(PublicKeyKind.Unsupported, PublicKeyAlgorithm.Of([.. spki, 0]));
        Assert.Equal(PublicKeyKind.Unsupported, PublicKeyAlgorithm.Of(spki.AsSpan(0, spki.Length - 1)));
        var x448 = spki.ToArray();
        x448[8] = 0x6f; // 1.3.101.111, X448: a key agreement key, not a signing key
        Assert.Equal(PublicKeyKind.Unsupported, PublicKeyAlgorithm.Of(x448));
    }
}
