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

    [Fact]
    public void Another_format_an_empty_or_an_oversized_document_is_refused_by_its_field()
    {
        var (_, fields) = Map(
            Outside(V1.ContentType.ElmJades, [1]),
            Outside(V1.ContentType.VcJwt, []),
            Outside(V1.ContentType.VcJwt, new byte[OutsideCredentialContract.MaxDocumentBytes + 1]),
            Outside(V1.ContentType.Unspecified, [1]));

        Assert.Equal(
        [
            "request.credentials[0].outside.format",
            "request.credentials[1].outside.document",
            "request.credentials[2].outside.document",
            "request.credentials[3].outside.format",
        ], fields);
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
}
