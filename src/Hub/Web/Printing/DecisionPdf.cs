namespace Exchange.Hub.Web.Printing;

/// <summary>
/// A recognition decision as a document a university files: who decided, case and decision ids, outcome, target and
/// date, the facts, then each section (reasons, conditions, appeal) in full — as many A4 pages as it takes, numbered.
/// </summary>
public sealed class DecisionPdf(PrintFonts fonts)
{
    public byte[] Render(DecisionPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var culture = PrintDates.CultureOf(print.Language);
        var labels = print.Labels;
        using var flow = new PrintFlow(fonts, $"{labels.Title} {print.DecisionId}", print.Language);
        flow.Heading(labels.Title, 18);
        flow.Gap(6);
        flow.Fact(labels.DecidingHub, print.DecidingHub);
        flow.Fact(labels.Case, print.CaseId);
        flow.Fact(labels.Decision, print.DecisionId);
        flow.Fact(labels.Outcome, print.Outcome);
        flow.Fact(labels.Target, print.Target);
        flow.Fact(labels.DecidedAt, PrintDates.Long(print.DecidedAt, culture));
        foreach (var fact in print.Facts)
        {
            flow.Fact(fact.Label, fact.Value);
        }

        foreach (var section in print.Sections)
        {
            flow.Heading(section.Heading, 12);
            flow.Paragraph(section.Body);
        }

        flow.Footers((page, count) => string.Format(culture, labels.Page, page, count));
        return flow.ToPdf();
    }
}
