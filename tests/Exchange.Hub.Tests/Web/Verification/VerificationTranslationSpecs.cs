using System.Globalization;
using System.Text.RegularExpressions;
using Exchange.Hub.Credentials;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Verification;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Exchange.Hub.Tests.Web.Verification.VerificationPageSpecs;

namespace Exchange.Hub.Tests.Web.Verification;

/// <summary>
/// The verification page in each of its four translated languages: every check in every result it can have, every
/// verdict, refusal and label the page can show, and every text the view writes itself, found by the same localizer
/// the page uses (IStringLocalizer of VerificationTexts over the hub's satellite assemblies), never falling back to English.
/// </summary>
public sealed class VerificationTranslationSpecs
{
    private static readonly string[] Countries = ["UA", "KZ", "LV"];

    private static readonly string[] VerifyViews = ["Index.cshtml", "File.cshtml", "_CredentialFileForm.cshtml"];

    public static TheoryData<string> Languages() => ["uk", "kk", "ru", "lv"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_check_in_every_result_reads_in_the_language(string language)
    {
        var keys = new List<string>();
        foreach (var check in Enum.GetValues<VerificationCheck>())
        {
            foreach (var result in Enum.GetValues<CheckResult>())
            {
                var checks = AllPassed().Where(c => c.Check != check).Append(new CheckOutcome(check, result, "detail", result == CheckResult.Failed ? "REASON" : null)).ToList();
                var view = VerificationPageBuilder.Build(Input(Resolved(checks)));
                var line = view.Groups.SelectMany(g => g.Checks).Single(c => c.Check == check);
                keys.AddRange([line.Title, line.StateText, .. PhraseKeys(line.Note)]);
                keys.AddRange([view.Headline, .. view.Groups.Select(g => g.Question), .. view.HeadlineDetails.SelectMany(PhraseKeys)]);
            }
        }

        AssertTranslated(language, keys);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_verdict_refusal_unit_framework_and_country_reads_in_the_language(string language)
    {
        string[] keys =
        [
            .. Enum.GetValues<VerificationOutcome>().Select(VerificationWords.Of),
            .. Enum.GetValues<ShareLinkRefusal>().Select(VerificationWords.Of),
            .. Enum.GetValues<CheckLineState>().Select(VerificationWords.Of),
            .. Enum.GetValues<Exchange.Adapters.Credits.CreditUnit>().Select(VerificationWords.Of),
            .. Enum.GetValues<Exchange.Adapters.Frameworks.QualificationFramework>().Select(VerificationWords.Of),
            .. Enum.GetValues<QualityAssuranceScope>().Select(VerificationWords.Of),
            .. Enum.GetValues<QualityAssuranceOutcome>().Select(VerificationWords.Of),
            .. Countries.Select(VerificationWords.Country),
            VerificationWords.NotALink,
        ];
        var built = VerificationPageBuilder.Build(Input(Resolved(AllPassed())) with { ViewerCountry = "KZ" });
        var phrases = new[] { built.Vouch!.Hub, built.Vouch.QualityAssuranceSummary, built.Content!.ValidUntil, built.Content.Level!.Eqf, built.Content.Level.National,
            built.Content.Level.Original, built.Content.Credits!.Converted, built.Content.Credits.Original }.Concat(built.Vouch.QualityAssurance);

        AssertTranslated(language, [.. keys, .. phrases.SelectMany(PhraseKeys)]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_the_view_writes_reads_in_the_language(string language)
    {
        // The share link's page, the credential file's page and the file form both pages show.
        var view = string.Concat(VerifyViews.Select(f => File.ReadAllText(RepositoryRoot.Combine("src", "Hub", "Web", "Pages", "Verify", f))));
        var keys = Regex.Matches(view, "T\\[\"((?:[^\"\\\\]|\\\\.)+)\"").Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).ToList();

        Assert.True(keys.Count > 15, $"Only {keys.Count} texts found in the view: the pattern no longer reads it.");
        AssertTranslated(language, keys);
    }

    [Fact]
    public void A_text_missing_from_the_translations_is_noticed()
    {
        // The lookup the theories run, on a key no file has: it must not pass it.
        var missing = Localizer("uk", "This sentence is in no translation file.");

        Assert.True(missing.ResourceNotFound);
    }

    private static IEnumerable<string> PhraseKeys(Phrase? phrase) =>
        phrase is null ? [] : [phrase.Template, .. phrase.Args.Where(a => a.IsLabel).Select(a => a.Value)];

    private static void AssertTranslated(string language, IEnumerable<string> keys)
    {
        var missing = keys.Distinct(StringComparer.Ordinal).Where(k => Localizer(language, k).ResourceNotFound).ToList();
        Assert.True(missing.Count == 0, $"Not translated into {language}: {string.Join(" | ", missing)}");
    }

    private static LocalizedString Localizer(string language, string key)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Web/Resources" }), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(VerificationTexts));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
