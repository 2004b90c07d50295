using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The request form with a credential file instead of a share link: the file's text becomes an outside
/// credential of the API's request, a link beside it is refused, and the API's messages about it land by the file.</summary>
public sealed class SubmitCredentialFileSpecs
{
    private const string Badge = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2EuZXhhbXBsZSJ9.c2ln";
    private static readonly InputPolicy Policy = new(new InputLimitOptions());

    private static SubmitForm Form(string link = "", string credentialText = Badge) => new()
    {
        Link = link,
        CredentialText = credentialText,
        Purpose = "credit_transfer",
        Target = SubmitForm.CourseTarget,
        CourseTitle = "Data analysis",
        CourseLevel = "6",
        CourseCredits = "5",
        Language = "en",
        Nonce = "0123456789abcdef",
    };

    private static (Exchange.Hub.Grains.Recognition.CaseSubmission? Submission, FieldMessages Messages) Submit(SubmitForm form)
    {
        var messages = new FieldMessages();
        var request = SubmitRequestBuilder.Build(form, "KZ-KAZNU", null, messages);
        return (SubmitValidation.Validate(request, Policy, messages, programme: false), messages);
    }

    [Fact]
    public void A_credential_file_without_a_link_is_the_requests_outside_credential()
    {
        var (submission, messages) = Submit(Form());

        Assert.False(messages.Any, string.Join(" ", messages.Fields.SelectMany(messages.For)));
        var document = Assert.IsType<CredentialByDocument>(Assert.Single(submission!.Credentials));
        Assert.Equal(OutsideFormat.VcJwt, document.Format);
        Assert.Equal(Badge, System.Text.Encoding.UTF8.GetString(document.Document));
    }

    [Theory]
    [InlineData("""{"issuer":"did:key:z6Mk","proof":{"type":"DataIntegrityProof"}}""", OutsideFormat.VcJsonLd)]
    [InlineData("""{"payload":"{}","signatures":[{"protected":"e30","signature":"c2ln"}]}""", OutsideFormat.ElmJades)]
    [InlineData("""<?xml version="1.0"?><elmo/>""", OutsideFormat.ElmoXml)]
    public void The_files_format_is_told_from_its_bytes(string file, OutsideFormat format)
    {
        var (submission, messages) = Submit(Form(credentialText: file));

        Assert.False(messages.Any, string.Join(" ", messages.Fields.SelectMany(messages.For)));
        var document = Assert.IsType<CredentialByDocument>(Assert.Single(submission!.Credentials));
        Assert.Equal((format, file), (document.Format, System.Text.Encoding.UTF8.GetString(document.Document)));
    }

    [Fact]
    public void A_file_of_no_format_the_hub_reads_is_refused_at_the_file_in_the_forms_words_alone()
    {
        var (submission, messages) = Submit(Form(credentialText: "%PDF-1.7 a scanned diploma"));

        Assert.Null(submission);
        Assert.Equal([SubmitFields.CredentialFile], messages.Fields);
        Assert.Equal([Exchange.Hub.Web.Verification.CredentialFileInput.Unrecognised], messages.For(SubmitFields.CredentialFile));
    }

    [Fact]
    public void A_link_and_a_file_together_are_refused_at_the_link()
    {
        var (submission, messages) = Submit(Form(link: "https://kz.example/v/hub-ua/UA-CRED-000042/s3cr3t-code"));

        Assert.Null(submission);
        Assert.Equal(["Give the share link or the credential file, not both."], messages.For(SubmitFields.Link));
    }

    [Fact]
    public void The_apis_messages_about_the_document_belong_to_the_file_field()
    {
        Assert.Equal(SubmitFields.CredentialFile, SubmitFields.Of("request.credentials[0].outside.document"));
        Assert.Equal(SubmitFields.CredentialFile, SubmitFields.Of("request.credentials[0].outside.format"));
        Assert.Equal(SubmitFields.Link, SubmitFields.Of("request.credentials[0].reference.share_code"));
    }
}
