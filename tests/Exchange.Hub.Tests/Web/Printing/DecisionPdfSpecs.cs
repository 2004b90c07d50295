using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>The university's printout of a decision, read back with PdfPig.</summary>
public sealed class DecisionPdfSpecs
{
    private readonly DecisionPdf _pdf = new(PrintSamples.Fonts());

    [Fact]
    public void A_decision_prints_its_ids_outcome_facts_and_sections()
    {
        var printed = PrintedPdf.Read(_pdf.Render(Decision(["Обсяг і рівень відповідають програмі."])));

        foreach (var text in new[]
        {
            "Шешім", "hub-kz", "case-42", "dec-7", "Ішінара танылды", "Машиналық оқыту", "Несие", "30 ECTS",
            "Негіздеме", "Обсяг і рівень відповідають програмі.", "Бет 1 / 1",
        })
        {
            Assert.Contains(text, printed.Text);
        }
    }

    [Fact]
    public void A_long_decision_flows_over_numbered_pages_without_losing_a_word()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Абзац {i}: комісія розглянула результати навчання, обсяг у кредитах ECTS і рівень кваліфікації.").ToArray();

        var printed = PrintedPdf.Read(_pdf.Render(Decision(paragraphs)));

        Assert.True(printed.Pages.Count >= 2, $"{printed.Pages.Count} page(s)");
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"Абзац {i}:", printed.Text));
        Assert.All(Enumerable.Range(1, printed.Pages.Count), p => Assert.Contains($"Бет {p} / {printed.Pages.Count}", printed.Pages[p - 1]));
        Assert.True(printed.RightmostText <= printed.PageWidth - PrintFlow.Margin + 1);
    }

    private static DecisionPrint Decision(IReadOnlyList<string> reasons) => new(
        "kk", "hub-kz", "case-42", "dec-7", "Ішінара танылды", "Машиналық оқыту",
        new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero),
        [new PrintLine("Несие", "30 ECTS")],
        [new PrintSection("Негіздеме", string.Join("\n\n", reasons)), new PrintSection("Шағымдану", "30 күн ішінде жазбаша.")])
    {
        Labels = new DecisionPrintLabels("Шешім", "Шешім қабылдаған", "Іс", "Шешім нөмірі", "Нәтиже", "Танылды ретінде", "Шешім күні", "Бет {0} / {1}"),
    };
}
