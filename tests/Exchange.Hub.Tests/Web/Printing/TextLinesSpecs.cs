using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>How printouts break text into lines, measured here as one unit per letter.</summary>
public sealed class TextLinesSpecs
{
    private static double Letters(string text) => text.Length;

    [Fact]
    public void Words_fill_a_line_up_to_its_width_and_the_rest_goes_on_the_next()
    {
        var lines = TextLines.Wrap("Аналізує дані та будує моделі машинного навчання", 20, Letters);

        Assert.Equal(["Аналізує дані та", "будує моделі", "машинного навчання"], lines);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_broken_between_letters()
    {
        var lines = TextLines.Wrap("see https://hub-ua.example.org/v/x", 12, Letters);

        Assert.Equal(["see", "https://hub-", "ua.example.o", "rg/v/x"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 12));
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept_and_blank_lines_stay_blank()
    {
        var lines = TextLines.Wrap("First paragraph.\n\nSecond.", 40, Letters);

        Assert.Equal(["First paragraph.", "", "Second."], lines);
    }
}
