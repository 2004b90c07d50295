using System.Globalization;
using Exchange.Adapters.Credits;
using Exchange.Hub.Grains.Recognition.Stacking;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// How far a stack goes towards one qualification, as the learner's, the university's and the officer's pages show
/// it: the qualification's title, the rules' headline and what is missing in the reader's language, the outcomes by
/// id. <see cref="UnitLabel"/> is an English label key the page translates.
/// </summary>
public sealed record StackProgressView(
    string QualificationId,
    string Title,
    string TitleLanguage,
    bool RequirementsKnown,
    bool Complete,
    string? Earned,
    string? Required,
    string? Missing,
    string UnitLabel,
    string Summary,
    string SummaryLanguage,
    IReadOnlyList<(string Text, string Language)> Details,
    IReadOnlyList<string> CoveredOutcomeIds,
    IReadOnlyList<string> MissingOutcomeIds,
    IReadOnlyList<string> CredentialIds)
{
    public static StackProgressView From(CaseStackProgress progress, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        var title = progress.QualificationTitle.Count > 0 ? LocalTexts.Pick(progress.QualificationTitle, language) : progress.QualificationId;
        var titleLanguage = progress.QualificationTitle.FirstOrDefault(t => t.Text == title)?.Language ?? "";
        var (summary, summaryLanguage) = StackMessageText.Render(progress.Summary, culture);
        return new StackProgressView(
            progress.QualificationId,
            title,
            titleLanguage,
            progress.RequirementsKnown,
            progress.Complete,
            Amount(progress.EarnedMin, progress.EarnedMax, culture),
            Amount(progress.Required, progress.Required, culture),
            Amount(progress.MissingMin, progress.MissingMax, culture),
            UnitLabelOf(progress.Unit),
            summary,
            summaryLanguage,
            [.. progress.Details.Select(d => StackMessageText.Render(d, culture))],
            progress.CoveredOutcomeIds,
            [.. progress.MissingOutcomeIds, .. progress.UncertainOutcomeIds],
            progress.CredentialIds);
    }

    /// <summary>The English label key of a unit, translated by the page.</summary>
    public static string UnitLabelOf(CreditUnit unit) => unit switch
    {
        CreditUnit.Ects or CreditUnit.UkrainianEcts => "ECTS credits",
        CreditUnit.KazakhAcademicCredit or CreditUnit.KazakhLegacyCredit => "academic credits",
        CreditUnit.LatvianCreditPoint => "credit points",
        CreditUnit.KazakhAcademicHours => "academic hours",
        _ => "hours",
    };

    private static string? Amount(decimal? min, decimal? max, CultureInfo culture) => min is not { } low
        ? null
        : max is { } high && high != low
            ? low.ToString("0.##", culture) + "–" + high.ToString("0.##", culture)
            : low.ToString("0.##", culture);
}
