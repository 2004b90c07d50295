using System.Net;
using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Sharing;
using Exchange.Hub.Web.University;
using Exchange.LocalFederation.Launch;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web.University;

[Collection(UaWebPagesGroup.Name)]
public sealed partial class UniversityPagesSpecs(UaWebPagesHub fixture)
{
    private const string Admissions = "ua-admissions";

    private static Dictionary<string, string> Course(string credits = "5", string notes = "") => new()
    {
        ["Form.Purpose"] = "credit_transfer",
        ["Form.Target"] = SubmitForm.CourseTarget,
        ["Form.CourseTitle"] = "Data analysis",
        ["Form.CourseLevel"] = "6",
        ["Form.CourseCredits"] = credits,
        ["Form.Notes"] = notes,
        ["Form.Language"] = "en",
    };

    private static Task<WebPage> SignInAsync(WebSession web, string path, string username) => web.SignInAsync(path, username, username + "-Demo2026");

    [Fact]
    public async Task A_form_sent_twice_from_a_prefilled_link_makes_one_case_whose_page_never_shows_the_share_code()
    {
        var (link, code) = await fixture.SharedCredentialAsync("web-uni-" + Guid.NewGuid().ToString("N")[..8]);
        using var web = new WebSession(fixture.Hub);

        var form = await SignInAsync(web, UniversityPaths.SubmitFrom(link), Admissions);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(link, form.Forms()[form.MainFormIndex()].Fields["Form.Link"]);

        var first = await web.SubmitAsync(form, Course());
        var again = await web.SubmitAsync(form, Course());

        Assert.Matches(CasePath(), first.Address.AbsolutePath);
        Assert.Equal("?done=submitted", first.Address.Query);
        Assert.Equal(first.Address.AbsolutePath, again.Address.AbsolutePath);
        Assert.DoesNotContain(code, first.Html, StringComparison.Ordinal);
        Assert.Contains("data-events=\"" + first.Address.AbsolutePath + "/events\"", first.Html, StringComparison.Ordinal);
        var list = await web.GetAsync(UniversityPaths.Cases);
        Assert.Single(Regex.Matches(list.Html, $"href=\"{Regex.Escape(first.Address.AbsolutePath)}\""));
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_as_typed_with_each_message_next_to_its_field()
    {
        var (link, _) = await fixture.SharedCredentialAsync("web-uni-bad-" + Guid.NewGuid().ToString("N")[..8]);
        using var web = new WebSession(fixture.Hub);
        var form = await SignInAsync(web, UniversityPaths.Submit, Admissions);
        var fields = Course(credits: "five", notes: "Please keep this note.");
        fields["Form.Link"] = link;
        fields["Form.CourseLevel"] = "";

        var refused = await web.SubmitAsync(form, fields);

        Assert.Equal(UniversityPaths.Submit, refused.Address.AbsolutePath);
        Assert.Equal("Give the course's EQF level.", refused.TextOf(FieldMessages.IdFor(SubmitFields.CourseLevel)));
        Assert.Equal("The workload needs a positive decimal amount and a supported unit.", refused.TextOf(FieldMessages.IdFor(SubmitFields.CourseCredits)));
        Assert.Contains($"aria-describedby=\"credits-hint {FieldMessages.IdFor(SubmitFields.CourseCredits)}\"", refused.Html, StringComparison.Ordinal);
        var kept = refused.Forms()[refused.MainFormIndex()].Fields;
        Assert.Equal((link, "Data analysis", "five"), (kept["Form.Link"], kept["Form.CourseTitle"], kept["Form.CourseCredits"]));
        Assert.Contains(">Please keep this note.</textarea>", refused.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"credit_transfer\" selected=\"selected\">", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_shared_with_another_university_is_refused_on_the_form_with_the_recipient_message()
    {
        var (link, _) = await fixture.SharedCredentialAsync("web-uni-other-" + Guid.NewGuid().ToString("N")[..8], recipientInstitutionId: "UA-KPI");
        using var web = new WebSession(fixture.Hub);
        var form = await SignInAsync(web, UniversityPaths.SubmitFrom(link), Admissions);

        var refused = await web.SubmitAsync(form, Course());

        Assert.Equal(UniversityPaths.Submit, refused.Address.AbsolutePath);
        Assert.Equal(ShareLinkRefusals.RecipientMismatchMessage, refused.TextOf(FieldMessages.IdFor(SubmitFields.Link)));
    }

    [Fact]
    public async Task Another_institutions_case_is_not_found_and_a_learner_may_not_open_the_university_pages()
    {
        var caseId = await fixture.OtherInstitutionsCaseAsync("web-uni-kpi-" + Guid.NewGuid().ToString("N")[..8]);
        using var web = new WebSession(fixture.Hub);
        var list = await SignInAsync(web, UniversityPaths.Cases, Admissions);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain(caseId, list.Html, StringComparison.Ordinal);

        foreach (var path in new[] { UniversityPaths.Case(caseId), UniversityPaths.Events(caseId), UniversityPaths.DecisionJson(caseId), UniversityPaths.DecisionJwt(caseId) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync(path)).Status);
        }

        using var learner = new WebSession(fixture.Hub);
        var denied = await SignInAsync(learner, UniversityPaths.Cases, "ua-learner");
        Assert.Equal((HttpStatusCode.Forbidden, "/account/denied"), (denied.Status, denied.Address.AbsolutePath.ToLowerInvariant()));
    }

    [Fact]
    public async Task A_decided_cases_page_offers_the_decision_credential_the_hub_signed()
    {
        var key = "web-uni-vc-" + Guid.NewGuid().ToString("N")[..8];
        var caseId = (await fixture.SubmitOverApiAsync(key, "UA-KNU", (await fixture.SharedCredentialAsync(key)).Link)).CaseId;
        await Eventually.True(async () => await fixture.StatusAsync(caseId, "UA-KNU") == CaseStatus.Decided, TimeSpan.FromSeconds(30),
            $"Case {caseId} was not decided.");
        using var web = new WebSession(fixture.Hub);

        var page = await SignInAsync(web, UniversityPaths.Case(caseId), Admissions);
        var download = await web.GetAsync(UniversityPaths.DecisionJwt(caseId));

        Assert.Contains($"href=\"{UniversityPaths.DecisionJwt(caseId)}\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.Status);
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(download.Html.Split('.')[1]))!;
        Assert.Equal("RecognitionDecisionCredential", (string)payload["type"]![1]!);
        Assert.Equal(caseId, (string)payload["credentialSubject"]!["recognition"]!["caseId"]!);
        Assert.Equal("urn:exchange:hub-ua:learner:UA-L-000101", (string)payload["sub"]!);
    }

    [Fact]
    public async Task A_case_the_api_made_with_a_link_for_someone_else_says_so_plainly_and_takes_a_supplement_with_a_good_link()
    {
        var key = "web-uni-api-" + Guid.NewGuid().ToString("N")[..8];
        var (elsewhere, _) = await fixture.SharedCredentialAsync(key, recipientInstitutionId: "UA-KPI");
        var caseId = (await fixture.SubmitOverApiAsync(key, "UA-KNU", elsewhere)).CaseId;
        await Eventually.True(async () => await fixture.StatusAsync(caseId, "UA-KNU") == CaseStatus.CredentialInvalid, TimeSpan.FromSeconds(30),
            $"Case {caseId} did not end CREDENTIAL_INVALID.");
        using var web = new WebSession(fixture.Hub);

        var page = await SignInAsync(web, UniversityPaths.Case(caseId), Admissions);
        Assert.Contains("This credential was not shared with your university.", page.TextOf("shared-elsewhere"), StringComparison.Ordinal);
        Assert.Contains(ShareLinkRefusals.RecipientMismatchMessage, page.Html, StringComparison.Ordinal);

        var (good, code) = await fixture.SharedCredentialAsync(key + "-again");
        var form = page.Forms().Select((f, i) => (f, i)).Single(f => f.f.Fields.ContainsKey("Supplement.Nonce")).i;
        var supplemented = await web.SubmitAsync(page, new Dictionary<string, string> { ["Supplement.Link"] = good, ["Supplement.Notes"] = "A link shared with us." }, form);

        Assert.Equal((UniversityPaths.Case(caseId), "?done=supplemented"), (supplemented.Address.AbsolutePath, supplemented.Address.Query));
        Assert.DoesNotContain(code, supplemented.Html, StringComparison.Ordinal);
        await Eventually.True(async () => await fixture.StatusAsync(caseId, "UA-KNU") is not (CaseStatus.CredentialInvalid or CaseStatus.Received), TimeSpan.FromSeconds(30),
            $"Case {caseId} was not processed again after the supplement.");
    }

    [GeneratedRegex("^/university/cases/rc-[0-9a-f]{24}$")]
    private static partial Regex CasePath();
}
