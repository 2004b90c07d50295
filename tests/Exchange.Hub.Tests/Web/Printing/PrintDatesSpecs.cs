using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>Printed dates: each language's long date, without the day of the week (ICU keeps a narrow no-break space
/// before the year's abbreviation).</summary>
public sealed class PrintDatesSpecs
{
    [Theory]
    [InlineData("uk", "7 грудня 2026\u202Fр.")]
    [InlineData("kk", "2026\u202Fж. 7 желтоқсан")]
    [InlineData("ru", "7 декабря 2026\u202Fг.")]
    [InlineData("lv", "2026. gada 7. decembris")]
    [InlineData("en", "December 7, 2026")]
    [InlineData("", "07 December 2026")]
    public void A_date_is_the_languages_long_date_without_the_weekday(string language, string expected)
    {
        var date = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, PrintDates.Long(date, PrintDates.CultureOf(language)));
    }
}
