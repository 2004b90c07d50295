using Exchange.Hub.Credentials.Outside.Elm;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>The small readers of EU vocabulary values: country concepts and ISO 8601 durations of study.</summary>
public sealed class ElmVocabularySpecs
{
    [Theory]
    [InlineData("http://publications.europa.eu/resource/authority/country/LVA", "LV")]
    [InlineData("https://publications.europa.eu/resource/authority/country/UKR", "UA")]
    [InlineData("http://publications.europa.eu/resource/authority/country/KAZ", "KZ")]
    [InlineData("http://publications.europa.eu/resource/authority/country/IRL", "IE")]
    [InlineData("http://publications.europa.eu/resource/authority/country/1A0", "XK")]
    [InlineData("LVA", "LV")]
    public void A_country_concept_is_its_ISO_alpha_2_code(string concept, string alpha2)
    {
        Assert.Equal(alpha2, ElmCountries.Alpha2Of(concept));
    }

    [Theory]
    [InlineData("http://publications.europa.eu/resource/authority/country/XYZ")]
    [InlineData("http://example.org/country/LVA")]
    [InlineData("LV")]
    [InlineData("")]
    public void Anything_else_is_no_country(string concept)
    {
        Assert.Null(ElmCountries.Alpha2Of(concept));
    }

    [Theory]
    [InlineData("PT60H", "60")]
    [InlineData("PT90M", "1.5")]
    [InlineData("PT1H30M", "1.5")]
    [InlineData("PT7.5H", "7.5")]
    public void A_duration_in_hours_and_minutes_is_read_as_hours(string duration, string hours)
    {
        Assert.Equal(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), ElmCredits.Hours(duration));
    }

    [Theory]
    [InlineData("P2M")]
    [InlineData("P1Y")]
    [InlineData("P3D")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("60 hours")]
    public void A_calendar_span_or_anything_else_is_no_hours(string duration)
    {
        Assert.Null(ElmCredits.Hours(duration));
    }
}
