using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>Who may not use the console, and a form that arrives without the token the hub gave its page.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ConsoleAccessSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task A_learners_account_signs_in_but_cannot_open_the_console_or_a_case()
    {
        await using var context = await federation.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await DemoSessions.SignInThroughFormAsync(page, federation.Kz.HttpAddress, "kz-learner", DemoSessions.PasswordOf(federation.Kz, "kz-learner"));

        var queue = await page.GotoAsync(federation.Kz.HttpAddress + "console");
        var queueText = await page.InnerTextAsync("body");
        var @case = await page.GotoAsync(federation.Kz.HttpAddress + $"console/cases/{federation.ReferredCaseId}");
        var caseText = await page.InnerTextAsync("body");

        Assert.Equal(403, queue!.Status);
        Assert.Equal(403, @case!.Status);
        Assert.DoesNotContain(federation.ReferredCaseId, queueText + caseText, StringComparison.Ordinal);
        Assert.Contains("Not allowed", caseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_posted_without_its_anti_forgery_token_is_refused_and_the_case_stays_undecided()
    {
        await using var context = await federation.Sessions.ContextAsync(federation.Kz, BrowserFederation.ForgeryOfficer);
        var caseId = federation.ForgeryCaseId;

        // The officer's own cookies go with it, as they would with a forged cross-site post; only the form's token is missing.
        var response = await context.APIRequest.PostAsync(federation.Kz.HttpAddress + $"console/cases/{caseId}/decide", new APIRequestContextOptions
        {
            Form = DecisionFormWithoutToken(context.APIRequest),
            MaxRedirects = 0,
        });

        Assert.True(response.Status == 400, $"Expected 400, got {response.Status} {response.Headers.GetValueOrDefault("location")}: {await response.TextAsync()}");
        using var channel = federation.Kz.CreateChannel(federation.UniversityToken());
        var current = await new RecognitionService.RecognitionServiceClient(channel).GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });
        Assert.Equal(CaseStatus.InReview, current.Status);
    }

    private static IFormData DecisionFormWithoutToken(IAPIRequestContext request)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in ConsoleForms.PartialDecision)
        {
            form.Set(name, value);
        }

        return form;
    }
}
