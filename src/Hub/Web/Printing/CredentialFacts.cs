using System.Globalization;
using Exchange.Contracts.V1;
using Microsoft.Extensions.Localization;

namespace Exchange.Hub.Web.Printing;

/// <summary>The label/value facts of a printed credential: level (as stated, with its equivalents, e.g. "UA NQF 7 · EQF
/// 7"), workload, issue date, validity and registry number, labelled in the reader's language.</summary>
internal static class CredentialFacts
{
    private static readonly Dictionary<QualificationFramework, string> Frameworks = new()
    {
        [QualificationFramework.Eqf] = "EQF {0}",
        [QualificationFramework.QfEhea] = "QF-EHEA {0}",
        [QualificationFramework.UaNqf] = "UA NQF {0}",
        [QualificationFramework.KzNqf] = "KZ NQF {0}",
        [QualificationFramework.LvLqf] = "LV LQF {0}",
        [QualificationFramework.LvPql] = "LV professional qualification level {0}",
    };

    private static readonly Dictionary<WorkloadUnit, string> Units = new()
    {
        [WorkloadUnit.EctsCredit] = "{0} ECTS credits",
        [WorkloadUnit.KzAcademicCredit] = "{0} Kazakh academic credits",
        [WorkloadUnit.LvCreditPoint] = "{0} Latvian credit points",
        [WorkloadUnit.ClockHours] = "{0} hours",
        [WorkloadUnit.AcademicHours] = "{0} academic hours",
        [WorkloadUnit.ContactHours] = "{0} contact hours",
    };

    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UA"] = "Ukraine",
        ["KZ"] = "Kazakhstan",
        ["LV"] = "Latvia",
    };

    public static IEnumerable<string> FrameworkKeys => Frameworks.Values;

    public static IEnumerable<string> UnitKeys => Units.Values;

    public static IEnumerable<string> CountryKeys => Countries.Values;

    public static IReadOnlyList<PrintLine> Of(Credential credential, string registryNumber, IStringLocalizer texts, CultureInfo culture)
    {
        var facts = new List<PrintLine>();
        var levels = new[] { credential.Level }.Concat(credential.EquivalentLevels)
            .Where(l => l is not null && l.LevelCode.Length > 0).Select(l => LevelText(l!, texts, culture)).ToList();
        if (levels.Count > 0)
        {
            facts.Add(new(texts[CredentialPrintTexts.Level], string.Join(" · ", levels)));
        }

        if (credential.NotionalWorkload is { Amount.Length: > 0 } workload)
        {
            facts.Add(new(texts[CredentialPrintTexts.Workload], WorkloadText(workload, texts)));
        }

        if (credential.IssuedAt is not null)
        {
            facts.Add(new(texts[CredentialPrintTexts.IssuedOn], PrintDates.Long(credential.IssuedAt.ToDateTimeOffset(), culture)));
        }

        facts.Add(new(texts[CredentialPrintTexts.ValidUntil], credential.ExpiresAt is null
            ? texts[CredentialPrintTexts.NoExpiry]
            : PrintDates.Long(credential.ExpiresAt.ToDateTimeOffset(), culture)));
        if (registryNumber.Length > 0)
        {
            facts.Add(new(texts[CredentialPrintTexts.RegistryNumber], registryNumber));
        }

        return facts;
    }

    /// <summary>The country's name in the reader's language, or its code for a country without a translation.</summary>
    public static string CountryName(string code, IStringLocalizer texts) =>
        Countries.TryGetValue(code, out var key) ? texts[key] : code;

    private static string LevelText(Level level, IStringLocalizer texts, CultureInfo culture)
    {
        var label = PrintTexts.Pick(level.Label, culture.TwoLetterISOLanguageName);
        if (label.Length > 0)
        {
            return label;
        }

        return Frameworks.TryGetValue(level.Framework, out var key) ? texts[key, level.LevelCode] : level.LevelCode;
    }

    private static string WorkloadText(Workload workload, IStringLocalizer texts)
    {
        var amount = workload.AmountUpper.Length > 0 ? $"{workload.Amount}–{workload.AmountUpper}" : workload.Amount;
        return Units.TryGetValue(workload.Unit, out var key) ? texts[key, amount] : amount;
    }
}
