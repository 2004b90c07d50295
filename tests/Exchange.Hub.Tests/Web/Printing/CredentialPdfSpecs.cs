using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>The learner's printout, read back as a reader (PdfPig) sees it.</summary>
public sealed class CredentialPdfSpecs
{
    private readonly CredentialPdf _pdf = new(PrintSamples.Fonts());

    [Fact]
    public void A_credential_prints_on_one_page_with_its_Cyrillic_texts_readable()
    {
        var printed = PrintedPdf.Read(_pdf.Render(PrintSamples.Credential()));

        Assert.True(printed.Pages.Count == 1, printed.Text);
        foreach (var text in new[]
        {
            "Бакалавр комп'ютерних наук", "Олена Коваленко", "Київський національний університет імені Тараса Шевченка (Україна)",
            "Реєстровий номер", "UA-KNU-2025-000101", "Результати навчання", "Аналізує дані", "Перевірено 7 грудня 2026",
            "Підписи дійсні, не відкликано", "Посилання дійсне до 6 січня 2027",
        })
        {
            Assert.Contains(text, printed.Text);
        }
    }

    [Fact]
    public void The_share_link_is_printed_as_text_and_is_a_link_a_PDF_reader_opens()
    {
        var printed = PrintedPdf.Read(_pdf.Render(PrintSamples.Credential()));

        Assert.Contains(PrintSamples.Link, printed.TextWithoutBreaks);
        Assert.Contains(PrintSamples.Link, printed.Links);
    }

    [Fact]
    public void The_one_image_is_a_QR_code_of_the_share_link()
    {
        var printed = PrintedPdf.Read(_pdf.Render(PrintSamples.Credential()));

        Assert.Equal(PrintSamples.Link, QrImages.Decode(Assert.Single(printed.Images)));
    }

    [Fact]
    public void Long_learning_outcomes_wrap_inside_the_page_and_are_all_printed()
    {
        var outcome = string.Concat(Enumerable.Repeat("Проєктує, реалізує та супроводжує розподілені програмні системи з урахуванням вимог безпеки. ", 4)).Trim();

        var printed = PrintedPdf.Read(_pdf.Render(PrintSamples.Credential(outcome, "Оцінює ризики")));

        Assert.True(printed.RightmostText <= printed.PageWidth - PrintFlow.Margin + 1, $"Text runs to {printed.RightmostText} of {printed.PageWidth} points.");
        Assert.Equal(4, CountOf("розподілені програмні системи", printed.Text));
        Assert.Contains("Оцінює ризики", printed.Text);
    }

    [Fact]
    public void Without_its_fonts_the_hub_says_which_folder_it_looked_in_and_what_to_install()
    {
        var folder = Path.Combine(Path.GetTempPath(), "exchange-tests", "no-fonts-" + Guid.NewGuid().ToString("N"));
        var pdf = new CredentialPdf(new PrintFonts(Microsoft.Extensions.Options.Options.Create(new PrintOptions { FontFolder = folder })));

        var error = Assert.Throws<InvalidOperationException>(() => pdf.Render(PrintSamples.Credential()));

        Assert.Contains(folder, error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
        Assert.Contains("Hub:Web:FontFolder", error.Message);
    }

    private static int CountOf(string part, string text) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
