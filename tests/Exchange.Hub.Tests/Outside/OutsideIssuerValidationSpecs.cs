using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Rpc;
using Exchange.Hub.Services.Registry;
using Exchange.Hub.Signing;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Outside;

/// <summary>The registry's rules for an institution's entry on the trust list of outside issuers and its RSA keys.</summary>
public sealed class OutsideIssuerValidationSpecs
{
    [Theory]
    [InlineData("https://badges.uni.example/issuers/1")]
    [InlineData("https://uni.example")]
    [InlineData("did:web:badges.uni.example")]
    [InlineData("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")]
    public void An_https_url_or_a_did_is_an_outside_issuer_id(string id) => Assert.True(OutsideIssuerValidation.IsIssuerId(id));

    [Theory]
    [InlineData("")]
    [InlineData("http://badges.uni.example/issuer")]
    [InlineData("badges.uni.example/issuer")]
    [InlineData("https://badges.uni.example/issuer#key-1")]
    [InlineData("urn:uuid:1b5c4d1e-0000-4000-8000-000000000000")]
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
}
