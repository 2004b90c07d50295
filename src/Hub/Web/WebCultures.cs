using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Exchange.Hub.Web;

/// <summary>The interface languages of the web pages and how a request picks one: the language switch's cookie,
/// else the browser's Accept-Language, else English. English is the key text in every view.</summary>
public static class WebCultures
{
    public const string Default = "en";

    /// <summary>The cookie the language switch sets (ASP.NET Core's own format, <c>c=uk|uic=uk</c>).</summary>
    public const string CookieName = "exchange.culture";

    /// <summary>Each language with its own name, as the switch shows it (a person looks for their language in it).</summary>
    public static IReadOnlyList<(string Code, string NativeName)> Supported { get; } =
    [
        ("en", "English"),
        ("uk", "Українська"),
        ("kk", "Қазақша"),
        ("ru", "Русский"),
        ("lv", "Latviešu"),
    ];

    public static bool IsSupported(string? code) =>
        code is not null && Supported.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>The cookie value that selects <paramref name="code"/> for both formatting and texts.</summary>
    public static string CookieValue(string code) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code));

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(c => new CultureInfo(c.Code)).ToList();
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // No query-string provider: a shared link should not switch the reader's language.
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }
}
