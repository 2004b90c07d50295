using Exchange.Contracts.V1;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>An officer's day in the console: the queue, its filters, a referred case, a partial recognition with a
/// compensatory measure, signing out, and the university seeing that decision over the API.</summary>
[Collection(BrowserGroup.Name)]
public sealed class OfficerConsoleSpecs(BrowserFederation federation)
{
    private const string Officer = "kz-officer";

    [Fact]
    public async Task An_officer_filters_the_queue_opens_the_referred_case_decides_a_partial_recognition_and_signs_out_the_university_sees_it()
    {
        await using var context = await federation.Sessions.ContextAsync(federation.Kz, Officer);
        var page = await context.NewPageAsync();
        var caseId = federation.ReferredCaseId;
        var caseLink = page.Locator($"main a[href='/console/cases/{caseId}']");

        await page.GotoAsync(federation.Kz.HttpAddress + "console");
        await FilterAsync(page, "Workload", "LV");
        Assert.Equal(0, await caseLink.CountAsync());
        await FilterAsync(page, "Workload", "UA");
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "console-queue");

        await caseLink.ClickAsync();
        await page.WaitForURLAsync($"**/console/cases/{caseId}");
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "console-case");

        await page.GetByRole(AriaRole.Button, new() { Name = "Take the case" }).ClickAsync();
        await page.WaitForURLAsync($"**/console/cases/{caseId}/decide?done=taken");
        await page.GetByText("The case is assigned to you").WaitForAsync();
        await page.GetByLabel("Partial recognition", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Justification").FillAsync("6 of the course's 30 ECTS are covered at the right level; the rest is a substantial difference in workload.");
        await page.GetByLabel("Recognised part").FillAsync("6 ECTS of Data science: the data analysis part.");
        await page.GetByLabel("What the applicant does").First.FillAsync("Complete the course's remaining units.");
        await page.GetByLabel("Workload (ECTS)").First.FillAsync("24");
        Assert.NotEmpty(await page.GetByLabel("How to appeal").InputValueAsync());
        await PageEvidence.AssertAccessibleAsync(page);
        await PageEvidence.ScreenshotAsync(page, "console-decision");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await page.GetByText("The decision is recorded").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync(federation.Kz.HttpAddress + "console");
        await page.GetByLabel("Password").WaitForAsync();

        using var channel = federation.Kz.CreateChannel(federation.UniversityToken());
        var seen = await new RecognitionService.RecognitionServiceClient(channel).GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });
        Assert.Equal(CaseStatus.Decided, seen.Status);
        Assert.Equal(RecognitionOutcome.Partial, seen.Decision.Outcome);
        Assert.Equal(DeciderKind.Officer, seen.Decision.DecidedBy.Kind);
        Assert.Equal(Officer, seen.Decision.DecidedBy.Actor.ActorId);
        var measure = Assert.Single(seen.Decision.CompensatoryMeasures);
        Assert.Equal("Complete the course's remaining units.", measure.Description.Values[0].Text);
        Assert.Equal("24", measure.Workload.Amount);
    }

    private static async Task FilterAsync(IPage page, string criterion, string originCountry)
    {
        await page.GetByLabel("Criterion flagged").SelectOptionAsync(new SelectOptionValue { Label = criterion });
        await page.GetByLabel("Country of origin").FillAsync(originCountry);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync($"**origin_country={originCountry}*");
    }
}
