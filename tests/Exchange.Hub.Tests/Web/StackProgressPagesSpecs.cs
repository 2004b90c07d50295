using System.Net;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Sharing;
using Exchange.LocalFederation.Launch;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web;

/// <summary>
/// Stack progress where people read it, on the real hub-ua with its seed: the seed credential stacks towards the
/// seeded 12-ECTS short programme UA-KNU-PRG-DATA-12 (outcomes LO1–LO4), and covers LO1 and LO2. The learner sees the
/// progress of all their credentials that name it; the university and the officer see the decision's progress.
/// </summary>
[Collection(UaWebPagesGroup.Name)]
public sealed class StackProgressPagesSpecs(UaWebPagesHub fixture)
{
    private const string Programme = "UA-KNU-PRG-DATA-12";

    [Fact]
    public async Task The_learner_sees_how_far_their_credentials_go_towards_the_programme_and_what_is_missing_in_their_language()
    {
        using var browser = new WebSession(fixture.Process);
        var mine = await browser.SignInAsync("/my", "ua-learner", "ua-learner-Demo2026");
        var credentialId = await fixture.SeedCredentialIdAsync();

        var english = (await browser.GetAsync($"/my/credentials/{credentialId}")).TextOf("stack-progress");

        // Other specs of this hub issue the learner further copies of the seed credential: the earned credits grow,
        // the outcomes they cover do not.
        Assert.NotNull(english);
        Assert.Contains("Data science (short programme)", english, StringComparison.Ordinal);
        Assert.Matches($@"\d+ of 12 ECTS towards {Programme}", english);
        Assert.Contains("Learning outcomes still missing: LO3, LO4.", english, StringComparison.Ordinal);
        Assert.Contains("LO1, LO2", english, StringComparison.Ordinal);
        Assert.Contains(credentialId, english, StringComparison.Ordinal);

        var languageForm = mine.Forms().ToList().FindIndex(f => f.Action == "/language");
        await browser.SubmitAsync(mine, new Dictionary<string, string> { ["culture"] = "uk" }, languageForm);
        var ukrainian = (await browser.GetAsync($"/my/credentials/{credentialId}")).TextOf("stack-progress");

        Assert.NotNull(ukrainian);
        Assert.Contains("Поступ до кваліфікації", ukrainian, StringComparison.Ordinal);
        Assert.Contains("Наука про дані (коротка програма)", ukrainian, StringComparison.Ordinal);
        Assert.Matches($@"\d+ з 12 ECTS до {Programme}", ukrainian);
        Assert.Contains("Результати навчання, яких ще бракує: LO3, LO4.", ukrainian, StringComparison.Ordinal);
        Assert.DoesNotContain("{", ukrainian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_university_sees_the_decisions_progress_and_the_officer_the_referred_cases_progress_towards_the_programme()
    {
        var decidedKey = "web-stack-" + Guid.NewGuid().ToString("N")[..8];
        var decided = (await fixture.SubmitOverApiAsync(decidedKey, "UA-KNU", (await fixture.SharedCredentialAsync(decidedKey)).Link)).CaseId;
        // 6 of 30 ECTS is a potentially substantial shortfall: an officer's case.
        var referredKey = "web-stack-" + Guid.NewGuid().ToString("N")[..8];
        Assert.True(ShareLink.TryParse((await fixture.SharedCredentialAsync(referredKey)).Link, out var shared));
        using (var channel = fixture.Hub.CreateChannel(fixture.Hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, "UA-KNU"))))
        {
            var referred = await new RecognitionService.RecognitionServiceClient(channel)
                .SubmitRecognitionRequestAsync(SeedRequests.Course(referredKey, "UA-KNU", "ds-600", "Data science module", "7", "30", shared.ToReference()));
            referredKey = referred.CaseId;
        }

        await Eventually.True(async () => await fixture.StatusAsync(decided, "UA-KNU") == CaseStatus.Decided
                && await fixture.StatusAsync(referredKey, "UA-KNU") == CaseStatus.InReview, TimeSpan.FromSeconds(30),
            $"Case {decided} was not decided or {referredKey} not referred.");

        using var university = new WebSession(fixture.Hub);
        var page = await university.SignInAsync(UniversityPaths.Case(decided), "ua-admissions", "ua-admissions-Demo2026");
        using var console = new WebSession(fixture.Hub);
        var officer = await console.SignInAsync($"/console/cases/{referredKey}", "ua-officer", "ua-officer-Demo2026");

        foreach (var shown in new[] { page, officer })
        {
            Assert.Equal(HttpStatusCode.OK, shown.Status);
            var section = shown.TextOf("stack-progress");
            Assert.NotNull(section);
            Assert.Contains("Data science (short programme)", section, StringComparison.Ordinal);
            Assert.Contains($"6 of 12 ECTS towards {Programme}; missing: 6 ECTS and 2 of 4 learning outcome(s).", section, StringComparison.Ordinal);
            Assert.Contains("Learning outcomes still missing: LO3, LO4.", section, StringComparison.Ordinal);
        }
    }
}
