using System.Net;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web;

namespace Exchange.Hub.Tests.Web;

/// <summary>The case page in the officer's language: what the rules and the system wrote comes from the message
/// catalogue in the culture the officer chose, not in the English it was kept with.</summary>
public sealed partial class ConsoleDecisionPagesSpecs
{
    [Fact]
    public async Task An_officer_who_chose_Ukrainian_reads_the_rules_explanation_summary_and_journal_in_Ukrainian()
    {
        var caseId = await fixture.ReferredCaseAsync("web-uk-" + Guid.NewGuid().ToString("N")[..8]);
        using var officer = new WebSession(fixture.Hub);
        officer.Cookies.Add(fixture.Hub.HttpAddress, new Cookie(WebCultures.CookieName, Uri.EscapeDataString(WebCultures.CookieValue("uk"))));

        var page = await SignInAsync(officer, $"/console/cases/{caseId}", "ua-officer", "ua-officer-Demo2026");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // 6 ECTS against 30: the workload explanation, the summary and the referral in the catalogue's Ukrainian.
        Assert.Contains("6 ECTS менше за 30 на 24 ECTS", page.Html, StringComparison.Ordinal);
        Assert.Contains("це може бути суттєва різниця", page.Html, StringComparison.Ordinal);
        Assert.Contains("Документ передано посадовій особі: навантаження", page.Html, StringComparison.Ordinal);
        Assert.Contains("Передано посадовій особі: навантаження — можлива суттєва різниця.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("this may be a substantial difference", page.Html, StringComparison.Ordinal);
    }
}
