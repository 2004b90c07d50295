using Exchange.Contracts.V1;
using Exchange.Hub.Messaging;
using Exchange.Hub.Tests.Federation;
using Exchange.Hub.Tests.Outside;
using Google.Protobuf;
using Grpc.Core;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// Every system message of a response comes rendered for its reader: the requester reads in the request's preferred
/// language, anyone else (and a requester without one) in the call's Accept-Language, else English.
/// </summary>
[Collection(KazakhHubGroup.Name)]
public sealed class ReaderLanguageApiSpecs(KazakhHubFixture fixture)
{
    private const string University = "KZ-KAZNU";

    private static string Key() => "lang-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A course badge whose key comes only in its jwk header: verified, assessed, and referred to an officer.</summary>
    private static SubmitRecognitionRequestRequest BadgeRequest(string preferredLanguage)
    {
        using var issuer = new OutsideIssuerKeys($"https://badges-{Guid.NewGuid().ToString("N")[..12]}.example/issuer");
        var badge = OutsideDocuments.Badge(issuer.IssuerId);
        badge["credentialSubject"]!["achievement"]!["achievementType"] = "Course";
        var header = new System.Text.Json.Nodes.JsonObject { ["alg"] = "ES256", ["jwk"] = issuer.EcJwk() };
        var document = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(badge), header,
            input => issuer.EcKey.SignData(input, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var request = CrossBorderRequests.Course(Key(), University, new SharedCredentialRef());
        request.Request.Credentials[0] = new CredentialSource
        {
            Outside = new OutsideCredential { Format = ContentType.VcJwt, Document = ByteString.CopyFromUtf8(document) },
        };
        request.Request.PreferredLanguage = preferredLanguage;
        return request;
    }

    private static Metadata AcceptLanguage(string value) => new() { { "accept-language", value } };

    private static void RenderedIn(string language, LocalizableMessage message)
    {
        Assert.Equal(language, message.Language);
        Assert.Equal(HubMessages.Catalogue.Render(message.MessageKey, message.Arguments, language), message.Text);
        Assert.NotEqual(message.EnglishText, message.Text);
    }

    [Fact]
    public async Task A_requester_who_prefers_Kazakh_reads_the_journal_and_the_assessment_summary_in_Kazakh_whatever_the_call_says()
    {
        var client = fixture.University(University);
        var submitted = await client.SubmitRecognitionRequestAsync(BadgeRequest("kk"));

        var referred = await RecognitionApiSpecs.PollAsync(
            () => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId }, AcceptLanguage("lv")).ResponseAsync,
            c => c.Status == CaseStatus.InReview);

        Assert.Equal(CaseStatus.InReview, referred.Status);
        var submittedEntry = referred.Journal.Single(j => j.Event == "submitted");
        RenderedIn("kk", submittedEntry.Reason);
        Assert.Equal("Сұрау 1 құжатпен қабылданды.", submittedEntry.Reason.Text);
        var assessed = referred.Journal.Single(j => j.Event == "assessed");
        Assert.StartsWith("summary.", assessed.Reason.MessageKey, StringComparison.Ordinal);
        RenderedIn("kk", assessed.Reason);
        RenderedIn("kk", referred.Journal.Single(j => j.Event == "file_complete").Reason);
    }

    [Fact]
    public async Task An_officer_reads_the_proposed_differences_and_summary_in_the_calls_Accept_Language()
    {
        var submitted = await fixture.University(University).SubmitRecognitionRequestAsync(BadgeRequest("kk"));
        var officer = fixture.Officer();

        var detail = await RecognitionApiSpecs.PollAsync(
            () => officer.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = submitted.CaseId }, AcceptLanguage("lv-LV,lv;q=0.9,en;q=0.5")).ResponseAsync,
            d => d.ProposedAssessment is not null && d.ProposedAssessment.Differences.Count > 0);

        Assert.NotEmpty(detail.ProposedAssessment.Differences);
        Assert.All(detail.ProposedAssessment.Differences, d => RenderedIn("lv", d.Explanation));
        RenderedIn("lv", detail.ProposedAssessment.Summary);
        // The officer is not the requester: the request's Kazakh preference is not theirs.
        RenderedIn("lv", detail.RecognitionCase.Journal.Single(j => j.Event == "submitted").Reason);
    }

    [Fact]
    public async Task Without_a_preferred_language_the_requester_reads_in_the_calls_Accept_Language_else_in_English()
    {
        var client = fixture.University(University);
        var request = BadgeRequest("");

        var latvian = await client.SubmitRecognitionRequestAsync(request, AcceptLanguage("lv"));
        var english = await client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = latvian.CaseId });

        Assert.Equal("Pieprasījums pieņemts ar dokumentiem: 1.", latvian.Journal[0].Reason.Text);
        Assert.Equal("lv", latvian.Journal[0].Reason.Language);
        Assert.Equal(("en", english.Journal[0].Reason.EnglishText), (english.Journal[0].Reason.Language, english.Journal[0].Reason.Text));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("kazakh")]
    [InlineData("uk_UA")]
    public async Task A_preferred_language_the_hub_does_not_write_is_refused_naming_the_field(string language)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.University(University).SubmitRecognitionRequestAsync(BadgeRequest(language)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["request.preferred_language"], RecognitionApiSpecs.Violations(refused));
    }
}
