using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: one browser process for every browser test (contexts are cheap, browsers
/// are not). Launched through its executable path, never a Playwright download; the flags keep it off the network
/// this machine does not have, and <c>--no-sandbox</c> lets it run as root.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: scripts/test.sh installs it (apt-get install -y chromium); never `playwright install`.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (its own cookies) that accepts the hubs' self-signed certificates, optionally starting
    /// from a saved sign-in (<see cref="IBrowserContext.StorageStateAsync"/>).</summary>
    public Task<IBrowserContext> NewContextAsync(string? storageState = null, string locale = "en-GB") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            StorageState = storageState,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
