using System.Globalization;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// The learner's credential on one A4 page: title, learner, issuer and country, the facts, the learning outcomes, the
/// share link as text beside its QR code, until when the link works (apart from how long the credential is valid), and
/// what the hub found when it checked the credential. Long texts wrap; what does not fit flows onto a second page
/// rather than being cut.
/// </summary>
public sealed class CredentialPdf(PrintFonts fonts)
{
    public byte[] Render(CredentialPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var culture = PrintDates.CultureOf(print.Language);
        var labels = print.Labels;
        using var flow = new PrintFlow(fonts, print.Title, print.Language);
        flow.Heading(print.Title, 18);
        flow.Gap(6);
        flow.Fact(labels.Learner, print.LearnerName);
        flow.Fact(labels.Issuer, string.IsNullOrWhiteSpace(print.IssuerCountry) ? print.Issuer : $"{print.Issuer} ({print.IssuerCountry})");
        foreach (var fact in print.Facts)
        {
            flow.Fact(fact.Label, fact.Value);
        }

        if (print.LearningOutcomes.Count > 0)
        {
            flow.Heading(labels.LearningOutcomes, 12);
            foreach (var outcome in print.LearningOutcomes)
            {
                flow.Paragraph("• " + outcome);
            }
        }

        flow.Gap(14);
        flow.Paragraph(labels.ShareLink, bold: true);
        flow.Link(print.ShareLink, 9);
        flow.Paragraph(string.Format(culture, labels.LinkValidUntil, PrintDates.Long(print.LinkValidUntil, culture)));
        flow.Gap(10);
        flow.Paragraph(string.Format(culture, labels.CheckedOn, PrintDates.Long(print.CheckedAt, culture), print.CheckSummary));
        return flow.ToPdf();
    }
}
