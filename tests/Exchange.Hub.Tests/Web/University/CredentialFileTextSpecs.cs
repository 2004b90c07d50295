using System.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Tests.Outside.Elmo;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The university's form carries a credential file as text: UTF-8 files as they are, an XML file in another
/// encoding in EMREX's transport form, so its signature still verifies.</summary>
public sealed class CredentialFileTextSpecs
{
    [Fact]
    public void A_UTF_8_file_is_carried_as_its_own_text()
    {
        const string Jwt = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2EuZXhhbXBsZSJ9.c2ln";

        Assert.Equal(Jwt, CredentialFileText.Of(Encoding.UTF8.GetBytes(Jwt)));
    }

    [Fact]
    public async Task A_signed_ELMO_file_in_UTF_16_keeps_its_signature_through_the_form_where_decoding_it_as_UTF_8_broke_it()
    {
        using var signer = new ElmoSigner();
        var signed = Encoding.UTF8.GetString(signer.SignRsa(ElmoFixtures.Version2()));
        var declared = signed.Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.OrdinalIgnoreCase);
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(declared)];

        var carried = Encoding.UTF8.GetBytes(CredentialFileText.Of(utf16));
        var read = await ElmoReaderSpecs.Read(carried, signer.Trusted());
        var decodedAsUtf8 = await ElmoReaderSpecs.Read(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf16)), signer.Trusted());

        Assert.Equal(OutsideFormat.ElmoXml, OutsideFormats.Detect(carried));
        Assert.Equal(CheckResult.Passed, ElmoReaderSpecs.Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.NotEqual(CheckResult.Passed, ElmoReaderSpecs.Check(decodedAsUtf8, VerificationCheck.EmbeddedProof).Result);
    }

    [Fact]
    public void A_file_that_is_neither_UTF_8_nor_XML_is_left_for_the_forms_format_check()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, 0xE2, 0xE3, 0xCF, 0xD3];

        Assert.Null(OutsideFormats.Detect(Encoding.UTF8.GetBytes(CredentialFileText.Of(pdf))));
    }
}
