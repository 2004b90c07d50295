using System.Text;
using Exchange.Hub.Credentials.Outside;

namespace Exchange.Hub.Tests.Outside;

/// <summary>A credential document's format told from its bytes (for the forms that take a file without asking which
/// kind), and the media type and file extension each format is given back with.</summary>
public sealed class OutsideFormatsSpecs
{
    private const string Jws = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2EuZXhhbXBsZSJ9.c2ln";

    [Theory]
    [InlineData(Jws, OutsideFormat.VcJwt)]
    [InlineData(Jws + "\n", OutsideFormat.VcJwt)]
    [InlineData("""{"@context":["https://www.w3.org/ns/credentials/v2"],"issuer":"did:key:z6Mk","proof":{"type":"DataIntegrityProof"}}""", OutsideFormat.VcJsonLd)]
    [InlineData("""{"payload":"{\"issuer\":{}}","signatures":[{"protected":"eyJhbGciOiJSUzI1NiJ9","signature":"c2ln"}]}""", OutsideFormat.ElmJades)]
    [InlineData("""{"payload":"{}","protected":"eyJhbGciOiJSUzI1NiJ9","signature":"c2ln"}""", OutsideFormat.ElmJades)]
    [InlineData("""  <?xml version="1.0" encoding="UTF-8"?><elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1"/>""", OutsideFormat.ElmoXml)]
    [InlineData("\r\n<elmo/>", OutsideFormat.ElmoXml)]
    public void Each_format_is_told_from_its_bytes(string document, OutsideFormat format) =>
        Assert.Equal(format, OutsideFormats.Detect(Encoding.UTF8.GetBytes(document)));

    [Fact]
    public void The_emrex_transport_form_of_an_elmo_file_is_elmo()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("<elmo/>"u8);
        }

        var transport = Convert.ToBase64String(buffer.ToArray(), Base64FormattingOptions.InsertLineBreaks) + "\n";

        Assert.Equal(OutsideFormat.ElmoXml, OutsideFormats.Detect(Encoding.ASCII.GetBytes(transport)));
    }

    [Fact]
    public void A_byte_order_mark_before_the_document_is_passed_over()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];

        Assert.Equal(OutsideFormat.ElmoXml, OutsideFormats.Detect([.. bom, .. "<elmo/>"u8]));
        Assert.Equal(OutsideFormat.VcJsonLd, OutsideFormats.Detect([.. bom, .. """{"proof":{}}"""u8]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("just some text")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData(".b.c")]
    [InlineData("eyJ.e30.c2ln==")]
    [InlineData("""{"issuer":"https://a.example","credentialSubject":{}}""")]
    [InlineData("""{"payload":"{}"}""")]
    [InlineData("""{"proof": """)]
    [InlineData("""[{"proof":{}}]""")]
    [InlineData("%PDF-1.7")]
    public void A_document_of_no_format_the_hub_reads_is_not_given_one(string document) =>
        Assert.Null(OutsideFormats.Detect(Encoding.UTF8.GetBytes(document)));

    [Fact]
    public void A_json_document_nested_past_the_bound_is_not_sorted()
    {
        var deep = new string('[', 200) + new string(']', 200);

        Assert.Null(OutsideFormats.Detect(Encoding.UTF8.GetBytes("""{"proof":""" + deep + "}")));
    }

    [Theory]
    [InlineData(OutsideFormat.VcJwt, "application/vc+jwt", "jwt")]
    [InlineData(OutsideFormat.VcJsonLd, "application/vc+ld+json", "jsonld")]
    [InlineData(OutsideFormat.ElmJades, "application/jose+json", "json")]
    [InlineData(OutsideFormat.ElmoXml, "application/xml", "xml")]
    public void Each_format_has_its_media_type_and_file_extension(OutsideFormat format, string mediaType, string extension)
    {
        Assert.Equal(mediaType, OutsideFormats.MediaType(format));
        Assert.Equal(extension, OutsideFormats.FileExtension(format));
        Assert.Contains("." + extension, OutsideFormats.Accept.Split(','));
        Assert.Contains(mediaType, OutsideFormats.Accept.Split(','));
    }
}
