using System.Net;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Web.LearnerRecords;

/// <summary>
/// The learner's record pages over real hubs: after KZ decides a case on ua-learner's credential and refers another,
/// ua-learner reads the decision with its appeal information at UA's /my/recognitions and follows the referred case
/// with its status and deadline at /my/cases; another learner sees none of it.
/// </summary>
public sealed class LearnerRecordPagesSpecs(LearnerRecordsHubs hubs) : IClassFixture<LearnerRecordsHubs>
{
    [Fact]
    public async Task The_learner_reads_KZ_s_decision_on_their_credential_with_what_it_recognised_and_the_appeal_information()
    {
        var cases = await hubs.CasesAsync();
        using var browser = new WebSession(hubs.Ua);

        var page = await browser.SignInAsync("/my/recognitions", "ua-learner", "ua-learner-Demo2026");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/my/recognitions", page.Address.AbsolutePath, ignoreCase: true);
        Assert.Contains(cases.CredentialId, page.Html, StringComparison.Ordinal);
        Assert.Contains(cases.Decided.Decision.DecisionId, page.Html, StringComparison.Ordinal);
        Assert.Contains("Recognised in full", page.Html, StringComparison.Ordinal);
        Assert.Contains("KZ (hub-kz)", page.Html, StringComparison.Ordinal);
        Assert.Contains("Data analysis (5 ECTS)", page.Html, StringComparison.Ordinal);
        Assert.Contains("Nothing to appeal: the credential was recognised in full.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_learner_downloads_KZ_s_decision_as_the_credential_KZ_signed_and_another_learner_cannot()
    {
        var cases = await hubs.CasesAsync();
        var path = $"/my/recognitions/{cases.Decided.Decision.DecisionId}/decision.jwt";
        using var learner = new WebSession(hubs.Ua);
        using var other = new WebSession(hubs.Ua);

        var page = await learner.SignInAsync("/my/recognitions", "ua-learner", "ua-learner-Demo2026");
        var download = await learner.GetAsync(path);
        await other.SignInAsync("/my/recognitions", "ua-learner-2", "ua-learner-2-Demo2026");
        var refused = await other.GetAsync(path);

        Assert.Contains($"href=\"{path}\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.False(string.IsNullOrEmpty(cases.Decided.Decision.DecisionCredential));
        Assert.Equal(cases.Decided.Decision.DecisionCredential, download.Html);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("eyJ", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_hub_serves_exchanges_context_to_anyone_as_json_ld_with_a_long_cache()
    {
        using var client = hubs.Kz.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("/contexts/exchange/v1.jsonld", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(1), response.Headers.CacheControl?.ToString());
        var context = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["@context"]!;
        Assert.True((bool)context["@protected"]!);
        Assert.Equal("https://w3id.org/exchange/v1#RecognitionDecisionCredential", (string)context["RecognitionDecisionCredential"]!);
    }

    [Fact]
    public async Task The_learner_follows_the_referred_case_abroad_with_its_status_and_four_month_deadline()
    {
        var cases = await hubs.CasesAsync();
        using var browser = new WebSession(hubs.Ua);

        var page = await browser.SignInAsync("/my/cases", "ua-learner", "ua-learner-Demo2026");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(cases.Referred.CaseId, page.Html, StringComparison.Ordinal);
        Assert.Contains(cases.Decided.CaseId, page.Html, StringComparison.Ordinal);
        Assert.Contains("In review", page.Html, StringComparison.Ordinal);
        Assert.Contains("days left", page.Html, StringComparison.Ordinal);
        Assert.Contains($"datetime=\"{cases.Referred.Deadline.ToDateTimeOffset().UtcDateTime:yyyy-MM-dd}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(cases.Referred.Request.ApplicantReference is { Length: > 0 } reference ? reference : "APPLICANT", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_learner_sees_none_of_it()
    {
        var cases = await hubs.CasesAsync();
        using var browser = new WebSession(hubs.Ua);

        var recognitions = await browser.SignInAsync("/my/recognitions", "ua-learner-2", "ua-learner-2-Demo2026");
        var mine = await browser.GetAsync("/my/cases");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (recognitions.Status, mine.Status));
        foreach (var html in new[] { recognitions.Html, mine.Html })
        {
            Assert.DoesNotContain(cases.CredentialId, html, StringComparison.Ordinal);
            Assert.DoesNotContain(cases.Decided.CaseId, html, StringComparison.Ordinal);
            Assert.DoesNotContain(cases.Referred.CaseId, html, StringComparison.Ordinal);
        }

        Assert.Contains("No hub abroad has received one of your credentials yet", mine.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_speak_the_learner_s_language()
    {
        await hubs.CasesAsync();
        using var browser = new WebSession(hubs.Ua);
        var page = await browser.SignInAsync("/my/cases", "ua-learner", "ua-learner-Demo2026");

        var form = page.Forms().ToList().FindIndex(f => f.Action == "/language");
        var ukrainian = await browser.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "uk" }, form);

        Assert.Contains("Мої справи за кордоном", ukrainian.Html, StringComparison.Ordinal);
        Assert.Contains("Визнання за кордоном", (await browser.GetAsync("/my/recognitions")).Html, StringComparison.Ordinal);
    }
}
