using System.Globalization;

namespace Exchange.Hub.Web.Printing;

/// <summary>Dates as the printout's reader writes them: the long date of the language's culture without the weekday
/// (a document's date names no day of the week), invariant if the language is not one .NET knows.</summary>
internal static class PrintDates
{
    public static CultureInfo CultureOf(string language)
    {
        try
        {
            return string.IsNullOrWhiteSpace(language) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    public static string Long(DateTimeOffset when, CultureInfo culture) => when.ToString(WithoutWeekday(culture.DateTimeFormat.LongDatePattern), culture);

    private static string WithoutWeekday(string pattern) =>
        pattern.Replace("dddd, ", "", StringComparison.Ordinal).Replace(", dddd", "", StringComparison.Ordinal)
            .Replace("dddd ", "", StringComparison.Ordinal).Replace("dddd", "", StringComparison.Ordinal).Trim();
}
