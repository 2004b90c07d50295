using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Verification;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Outside;

/// <summary>How a recognition request (and a verification request) names a credential issued outside the federation:
/// the format this hub reads and a document of at most 1 MiB, every problem by its field.</summary>
public sealed class OutsideCredentialContractSpecs
{
    private static V1.CredentialSource Outside(V1.ContentType format, byte[] document) =>
        new() { Outside = new V1.OutsideCredential { Format = format, Document = ByteString.CopyFrom(document) } };

    private static (List<CredentialSource> Sources, List<string> Fields) Map(params V1.CredentialSource[] sources)
    {
        var violations = new FieldViolations();
        var mapped = RecognitionRequestMapper.Credentials(violations, sources, "request.credentials");
        return (mapped, [.. violations.ToBadRequest().FieldViolations.Select(v => v.Field)]);
    }

    [Fact]
    public void A_vc_jwt_document_becomes_a_credential_by_document_with_its_exact_bytes()
    {
        var badge = "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"u8.ToArray();

        var (sources, fields) = Map(Outside(V1.ContentType.VcJwt, badge));

        Assert.Empty(fields);
        var document = Assert.IsType<CredentialByDocument>(Assert.Single(sources));
        Assert.Equal(OutsideFormat.VcJwt, document.Format);
        Assert.Equal(badge, document.Document);
    }

    [Theory]
    [InlineData(V1.ContentType.VcJwt, OutsideFormat.VcJwt)]
    [InlineData(V1.ContentType.VcJsonLd, OutsideFormat.VcJsonLd)]
    [InlineData(V1.ContentType.ElmJades, OutsideFormat.ElmJades)]
    [InlineData(V1.ContentType.EmrexElmoXmldsig, OutsideFormat.ElmoXml)]
    public void Each_of_the_four_outside_formats_is_accepted(V1.ContentType named, OutsideFormat format)
    {
        var (sources, fields) = Map(Outside(named, "{}"u8.ToArray()));

        Assert.Empty(fields);
        Assert.Equal(format, Assert.IsType<CredentialByDocument>(Assert.Single(sources)).Format);
    }

    [Fact]
    public void The_hubs_own_format_an_unnamed_one_an_empty_or_an_oversized_document_is_refused_by_its_field()
    {
        var violations = new FieldViolations();
        RecognitionRequestMapper.Credentials(violations,
        [
            Outside(V1.ContentType.ExchangeCredential, [1]),
            Outside(V1.ContentType.VcJwt, []),
            Outside(V1.ContentType.VcJwt, new byte[OutsideCredentialContract.MaxDocumentBytes + 1]),
            Outside(V1.ContentType.Unspecified, [1]),
        ], "request.credentials");
        var refused = violations.ToBadRequest().FieldViolations;

        Assert.Equal(
        [
            "request.credentials[0].outside.format",
            "request.credentials[1].outside.document",
            "request.credentials[2].outside.document",
            "request.credentials[3].outside.format",
        ], refused.Select(v => v.Field));
        foreach (var named in new[] { "CONTENT_TYPE_VC_JWT", "CONTENT_TYPE_VC_JSON_LD", "CONTENT_TYPE_ELM_JADES", "CONTENT_TYPE_EMREX_ELMO_XMLDSIG" })
        {
            Assert.Contains(named, refused[0].Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_of_exactly_the_limit_is_read()
    {
        var (sources, fields) = Map(Outside(V1.ContentType.VcJwt, new byte[OutsideCredentialContract.MaxDocumentBytes]));

        Assert.Empty(fields);
        Assert.Single(sources);
    }

    [Fact]
    public async Task An_importer_without_a_reader_for_the_format_fails_the_format_check_by_name()
    {
        var importer = new OutsideCredentialImporter([], TimeProvider.System);

        var resolved = await importer.ImportAsync(OutsideFormat.VcJwt, "a.b.c"u8.ToArray(), CancellationToken.None);

        var check = Assert.Single(resolved.Verification.Checks);
        Assert.Equal((VerificationCheck.EnvelopeFormat, CheckResult.Failed, "UNSUPPORTED_FORMAT"), (check.Check, check.Result, check.FailureReason));
        Assert.Equal(VerificationVerdict.Invalid, resolved.Verification.Verdict);
    }

    [Theory]
    [InlineData("""{"iss":"https://a.example/issuer"}""", "https://a.example/issuer", null)]
    [InlineData("""{"issuer":{"id":"did:web:b.example","name":"B Academy"},"iss":"ignored"}""", "did:web:b.example", "B Academy")]
    [InlineData("""{"vc":{"issuer":"https://c.example/i"},"iss":"https://c.example/i"}""", "https://c.example/i", null)]
    public void The_issuer_a_document_names_is_read_from_either_layout(string payload, string id, string? name)
    {
        var jwt = "eyJhbGciOiJFUzI1NiJ9." + Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload) + ".c2ln";

        Assert.Equal(new OutsideIssuerClaim(id, name), OutsideIssuerClaim.Read(System.Text.Encoding.UTF8.GetBytes(jwt)));
        Assert.Null(OutsideIssuerClaim.Read("not a jws"u8));
    }

    [Theory]
    [InlineData("""{"issuer":{"id":"did:key:z6MkA","name":[{"@value":"Badge Academy","@language":"en"}]},"proof":{}}""", "did:key:z6MkA", "Badge Academy")]
    [InlineData("""{"issuer":"https://di.example/issuer","proof":{}}""", "https://di.example/issuer", null)]
    [InlineData("""{"payload":"{\"issuer\":{\"id\":\"urn:epass:org:1\",\"legalName\":{\"en\":\"Sealing Org\"}}}","signatures":[]}""", "urn:epass:org:1", "Sealing Org")]
    [InlineData("""{"payload":"eyJpc3N1ZXIiOnsiaWQiOiJ1cm46ZXBhc3M6b3JnOjIifX0","protected":"e30","signature":"c2ln"}""", "urn:epass:org:2", null)]
    public void The_issuer_of_a_json_ld_credential_and_of_a_sealed_edc_is_read_from_the_credential(string document, string id, string? name) =>
        Assert.Equal(new OutsideIssuerClaim(id, name), OutsideIssuerClaim.Read(System.Text.Encoding.UTF8.GetBytes(document)));

    [Theory]
    [InlineData("""<elmo xmlns="urn:x"><report><issuer><identifier type="pic">999884732</identifier><identifier type="schac">uni.example.lv</identifier><title xml:lang="en">Uni</title></issuer></report></elmo>""", "schac:uni.example.lv", "Uni")]
    [InlineData("""<elmo><learner><identifier type="schac">not.the.issuer</identifier></learner><report><issuer><title>Uni</title><identifier type="pic">999884732</identifier></issuer></report></elmo>""", "pic:999884732", "Uni")]
    public void The_issuer_of_an_elmo_file_is_its_first_reports_schac_or_pic_identifier(string document, string id, string name) =>
        Assert.Equal(new OutsideIssuerClaim(id, name), OutsideIssuerClaim.Read(System.Text.Encoding.UTF8.GetBytes(document)));

    [Fact]
    public void An_elmo_file_with_a_document_type_declaration_names_no_issuer()
    {
        const string withEntity = """<!DOCTYPE elmo [<!ENTITY x "schac">]><elmo><report><issuer><identifier type="schac">&x;.example</identifier></issuer></report></elmo>""";

        Assert.Null(OutsideIssuerClaim.Read(System.Text.Encoding.UTF8.GetBytes(withEntity)));
    }
}
