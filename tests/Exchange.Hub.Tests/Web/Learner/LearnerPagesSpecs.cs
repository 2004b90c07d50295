using System.Net;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>
/// The learner's pages on a real hub with its demo accounts and seed: ua-learner (UA-L-000101, owner of the seed
/// credential of UA-KNU) lists, opens and shares their credential and revokes the share; the credential and share of
/// another learner are not found for them, even by a post carrying their own anti-forgery token; institutions and
/// officers are refused /my.
/// </summary>
[Collection(UaWebPagesGroup.Name)]
public sealed class LearnerPagesSpecs(UaWebPagesHub fixture)
{
    private const string Learner = "ua-learner";

    [Fact]
    public async Task The_learner_shares_a_credential_from_its_page_and_gets_a_link_and_a_qr_code_then_revokes_it()
    {
        using var browser = new WebSession(fixture.Process);
        var mine = await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        var credentialId = await fixture.SeedCredentialIdAsync();
        Assert.Contains($"href=\"/my/credentials/{credentialId}\"", mine.Html, StringComparison.Ordinal);
        Assert.Contains("Data analysis in Python", mine.Html, StringComparison.Ordinal);

        var page = await browser.GetAsync($"/my/credentials/{credentialId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Clean and transform tabular data with pandas.", page.Html, StringComparison.Ordinal);

        var before = DateTimeOffset.UtcNow.AddDays(7);
        var created = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Form.Recipient"] = "hub", ["Form.HubId"] = "hub-ua", ["Form.Days"] = "7" }, FormIndex(page, "handler=Share"));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Matches($"^/my/credentials/{credentialId}/shares/sh-[^/]+$", created.Address.AbsolutePath);
        Assert.Contains($"/v/hub-ua/{credentialId}/", created.Html, StringComparison.Ordinal);
        Assert.Contains("<svg aria-label=\"QR code of the share link\"", created.Html, StringComparison.Ordinal);
        Assert.Contains("Only through hub hub-ua", created.TextOf("share-for"), StringComparison.Ordinal);
        // Seven days from the post, to the minute the page shows.
        var linkValidUntil = DateTimeOffset.ParseExact(created.TextOf("link-valid-until")!, "yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.InRange(linkValidUntil, before.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7));

        var revoked = await browser.SubmitAsync(created, new Dictionary<string, string>(), FormIndex(created, "handler=Revoke"));
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal("✕ Link revoked", revoked.TextOf("share-status"));
        Assert.DoesNotContain($"/v/hub-ua/{credentialId}/", revoked.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", revoked.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_learners_pages_speak_the_language_the_learner_chose()
    {
        using var browser = new WebSession(fixture.Process);
        var mine = await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        var languageForm = mine.Forms().ToList().FindIndex(f => f.Action == "/language");

        var ukrainian = await browser.SubmitAsync(mine, new Dictionary<string, string> { ["culture"] = "uk" }, languageForm);
        var credential = await browser.GetAsync($"/my/credentials/{await fixture.SeedCredentialIdAsync()}");

        Assert.Equal("/my", ukrainian.Address.AbsolutePath, ignoreCase: true);
        Assert.Contains("<h1>Мої документи</h1>", ukrainian.Html, StringComparison.Ordinal);
        Assert.Contains("Чинний", ukrainian.Html, StringComparison.Ordinal);
        Assert.Contains("Аналіз даних мовою Python", ukrainian.Html, StringComparison.Ordinal);
        Assert.Contains("Мікрокваліфікація", credential.Html, StringComparison.Ordinal);
        Assert.Contains("Хто може відкрити посилання?", credential.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", ukrainian.Html + credential.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_share_form_comes_back_as_typed_with_the_message_next_to_its_field()
    {
        using var browser = new WebSession(fixture.Process);
        await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        var page = await browser.GetAsync($"/my/credentials/{await fixture.SeedCredentialIdAsync()}");

        var refused = await browser.SubmitAsync(page,
            new Dictionary<string, string> { ["Form.Recipient"] = "university", ["Form.HubId"] = "hub-ua", ["Form.InstitutionId"] = "not an id", ["Form.Days"] = "500" },
            FormIndex(page, "handler=Share"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Enter a whole number of days within the limit shown.", refused.TextOf("msg-expires-at"));
        Assert.StartsWith("An institution id is a country code", refused.TextOf("msg-recipient-institution-id"), StringComparison.Ordinal);
        Assert.Contains("value=\"not an id\"", refused.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"500\"", refused.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"expires-at-hint msg-expires-at\"", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_learners_credential_and_share_are_not_found_and_cannot_be_revoked()
    {
        var (otherCredential, otherShare) = await fixture.OtherLearnersShareAsync();
        using var browser = new WebSession(fixture.Process);
        await browser.SignInAsync("/my", Learner, Learner + "-Demo2026");
        var own = await browser.GetAsync($"/my/credentials/{await fixture.SeedCredentialIdAsync()}");

        var credential = await browser.GetAsync($"/my/credentials/{otherCredential}");
        var share = await browser.GetAsync($"/my/credentials/{otherCredential}/shares/{otherShare}");
        var unknown = await browser.GetAsync("/my/credentials/UA-CRED-00000000000000000000");
        // A post with the learner's own valid anti-forgery token, aimed at the other learner's share.
        var token = own.Forms()[FormIndex(own, "handler=Share")].Fields["__RequestVerificationToken"];
        var revoke = await browser.PostAsync($"/my/credentials/{otherCredential}/shares/{otherShare}?handler=Revoke",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (credential.Status, share.Status, unknown.Status, revoke.Status));
        Assert.DoesNotContain(otherCredential, credential.Html + share.Html, StringComparison.Ordinal);
        var grants = await fixture.OtherLearner().ListShareGrantsAsync(new ListShareGrantsRequest { CredentialId = otherCredential });
        Assert.Equal(ShareGrantStatus.Active, Assert.Single(grants.Grants).Status);
    }

    [Theory]
    [InlineData("ua-admissions")]
    [InlineData("ua-officer")]
    public async Task Institutions_and_officers_are_refused_the_learners_pages(string username)
    {
        var credentialId = await fixture.SeedCredentialIdAsync();
        using var browser = new WebSession(fixture.Process);

        var my = await browser.SignInAsync("/my", username, username + "-Demo2026");
        var credential = await browser.GetAsync($"/my/credentials/{credentialId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (my.Status, credential.Status));
        Assert.DoesNotContain("Data analysis in Python", my.Html + credential.Html, StringComparison.Ordinal);
    }

    private static int FormIndex(WebPage page, string actionContains)
    {
        var index = page.Forms().ToList().FindIndex(f => f.Action?.Contains(actionContains, StringComparison.Ordinal) == true);
        Assert.True(index >= 0, $"No form posting to …{actionContains} on {page.Address}:\n{page.Html}");
        return index;
    }
}
