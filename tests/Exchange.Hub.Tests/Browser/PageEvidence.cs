using Deque.AxeCore.Playwright;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>What the browser tests keep of a page: axe's verdict (no serious or critical violation) and, when
/// <c>EXCHANGE_SCREENSHOTS</c> names a folder (e.g. <c>docs/screenshots</c>, relative to the repository), a PNG of it
/// for the README.</summary>
public static class PageEvidence
{
    public const string ScreenshotsVariable = "EXCHANGE_SCREENSHOTS";

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>The serious and critical axe violations on the page, one line each with the elements concerned.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Writes <c>&lt;name&gt;.png</c> (the full page) into the folder <see cref="ScreenshotsVariable"/> names; nothing
    /// when it is unset, so ordinary test runs leave the working tree alone.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotsVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        var target = Path.IsPathRooted(folder) ? folder : RepositoryRoot.Combine(folder);
        Directory.CreateDirectory(target);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(target, name + ".png"), FullPage = true });
    }
}
