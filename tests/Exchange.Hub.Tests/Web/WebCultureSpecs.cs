using System.Globalization;
using Exchange.Hub.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Web;

/// <summary>How a request picks its interface language: the language switch's cookie, else the browser's
/// Accept-Language, else English; only the five interface languages are ever chosen.</summary>
public sealed class WebCultureSpecs
{
    [Theory]
    [InlineData(null, null, "en")]
    [InlineData(null, "lv-LV,lv;q=0.9,en;q=0.5", "lv")]
    [InlineData(null, "de-DE,kk;q=0.8", "kk")]
    [InlineData(null, "de-DE,fr;q=0.8", "en")]
    [InlineData("uk", "ru-RU,ru;q=0.9", "uk")]
    [InlineData("de", "ru-RU", "ru")]
    public async Task The_cookie_wins_then_the_browsers_language_then_english(string? cookie, string? acceptLanguage, string expected)
    {
        var options = new RequestLocalizationOptions();
        WebCultures.Configure(options);
        string? chosen = null;
        var middleware = new RequestLocalizationMiddleware(_ =>
        {
            chosen = CultureInfo.CurrentUICulture.Name;
            return Task.CompletedTask;
        }, Options.Create(options), NullLoggerFactory.Instance);
        var http = new DefaultHttpContext();
        if (cookie is not null)
        {
            http.Request.Headers.Cookie = $"{WebCultures.CookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookie)))}";
        }

        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        await middleware.Invoke(http);

        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void The_switch_offers_exactly_the_five_interface_languages_by_their_own_names()
    {
        Assert.Equal(["en", "uk", "kk", "ru", "lv"], WebCultures.Supported.Select(c => c.Code));
        Assert.Equal("Қазақша", WebCultures.Supported.Single(c => c.Code == "kk").NativeName);
        Assert.False(WebCultures.IsSupported("de"));
    }
}
