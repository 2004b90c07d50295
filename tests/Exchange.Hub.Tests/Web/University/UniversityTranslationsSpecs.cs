using System.Xml.Linq;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>Every label the university's builders hand a view (a key the view translates) has its translation in that
/// view's resx, so no domain value silently shows in English on a translated page.</summary>
public sealed class UniversityTranslationsSpecs
{
    private static readonly string[] Statuses = [.. Enum.GetValues<CaseStatus>().Select(UniversityLabels.Of)];
    private static readonly string[] Purposes = [.. UniversityLabels.Purposes.Select(ConsoleLabels.Of)];
    private static readonly string[] Outcomes = [.. Enum.GetValues<DecisionOutcome>().Select(UniversityLabels.Of)];
    private static readonly string[] Deciders = [.. Enum.GetValues<DeciderKind>().Select(UniversityLabels.Of)];

    public static TheoryData<string, string[]> Views() => new()
    {
        { "Web/Pages/University/Index", [.. Statuses, .. Purposes, .. Outcomes] },
        { "Web/Pages/University/Case", [
            .. Statuses, .. Purposes, .. Outcomes, .. Deciders,
            .. Enum.GetValues<CheckResult>().Select(UniversityLabels.Of),
            .. Enum.GetValues<VerificationVerdict>().Select(UniversityLabels.Of),
            .. Enum.GetValues<VerificationCheck>().Select(ConsoleLabels.Of),
            .. Enum.GetValues<CaseActorKind>().Select(ConsoleLabels.Of),
            ShareLinkRefusals.RecipientMismatchMessage] },
        { "Web/Pages/University/Submit", [.. Purposes, ShareLinkRefusals.RecipientMismatchMessage] },
        { "Web/University/DecisionPrintTexts", [.. Purposes, .. Outcomes, .. Deciders,
            .. Enum.GetValues<Exchange.Adapters.Frameworks.QualificationFramework>().Select(ConsoleLabels.Of)] },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Each_label_a_builder_gives_the_view_is_translated(string view, string[] labels)
    {
        foreach (var language in new[] { "uk", "kk", "ru", "lv" })
        {
            var path = RepositoryRoot.Combine(["src", "Hub", "Web", "Resources", .. view.Split('/')[..^1], $"{view.Split('/')[^1]}.{language}.resx"]);
            var keys = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

            var missing = labels.Where(l => !keys.Contains(l)).ToList();
            Assert.True(missing.Count == 0, $"{view}.{language}.resx lacks: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void The_purposes_offered_are_every_purpose_the_api_takes() =>
        Assert.Equal(Enum.GetValues<RecognitionPurpose>().Where(p => (int)p != 0), UniversityLabels.Purposes);
}
