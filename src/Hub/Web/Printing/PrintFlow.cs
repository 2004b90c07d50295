using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// Lays blocks out top to bottom on A4 pages: headings, wrapped paragraphs, label/value facts and images, starting a
/// new page when the next line does not fit. One flow is one document; <see cref="ToPdf"/> ends it.
/// </summary>
internal sealed class PrintFlow : IDisposable
{
    public const double Margin = 50;

    private readonly PdfDocument _document = new();
    private readonly PrintFonts _fonts;
    private PdfPage? _pdfPage;
    private XGraphics? _page;
    private double _y;

    public PrintFlow(PrintFonts fonts, string title, string language)
    {
        _fonts = fonts;
        _document.Info.Title = title;
        _document.Info.Creator = "Exchange hub";
        _document.Language = language;
        NewPage();
    }

    public double Width => PageWidth - (2 * Margin);

    private double PageWidth => _document.Pages[0].Width.Point;

    private double Bottom => _document.Pages[0].Height.Point - Margin;

    private XGraphics Page => _page!;

    public void Heading(string text, double size = 16)
    {
        Gap(size * 0.4);
        Text(text, _fonts.Font(size, bold: true), Margin, Width);
        Gap(size * 0.2);
    }

    public void Paragraph(string text, double size = 10, bool bold = false) => Text(text, _fonts.Font(size, bold), Margin, Width);

    /// <summary>The label in bold in a left column, the value wrapped beside it.</summary>
    public void Fact(string label, string value, double size = 10)
    {
        var labelWidth = Width * 0.32;
        var labelFont = _fonts.Font(size, bold: true);
        var valueFont = _fonts.Font(size);
        var labels = TextLines.Wrap(label, labelWidth - 8, t => Page.MeasureString(t, labelFont).Width);
        var values = TextLines.Wrap(value, Width - labelWidth, t => Page.MeasureString(t, valueFont).Width);
        var height = LineHeight(valueFont);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            Room(height);
            if (i < labels.Count)
            {
                Page.DrawString(labels[i], labelFont, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            }

            if (i < values.Count)
            {
                Page.DrawString(values[i], valueFont, XBrushes.Black, Margin + labelWidth, _y, XStringFormats.TopLeft);
            }

            _y += height;
        }
    }

    /// <summary>A web address as text a reader can type, each line of it also a link a PDF reader opens.</summary>
    public void Link(string url, double size = 10)
    {
        var font = _fonts.Font(size);
        var height = LineHeight(font);
        foreach (var line in TextLines.Wrap(url, Width, t => Page.MeasureString(t, font).Width))
        {
            Room(height);
            Page.DrawString(line, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            var area = new XRect(Margin, _y, Page.MeasureString(line, font).Width, height);
            _pdfPage!.AddWebLink(new PdfRectangle(Page.Transformer.WorldToDefaultPage(area)), url);
            _y += height;
        }
    }

    /// <summary>An image of <paramref name="side"/> points square at the left margin, with text lines to its right.</summary>
    public void ImageWithText(byte[] png, double side, IReadOnlyList<(string Text, bool Bold)> beside, double size = 10)
    {
        Room(side);
        using (var stream = new MemoryStream(png, writable: false))
        using (var image = XImage.FromStream(stream))
        {
            // Modules stay crisp squares: a blurred QR code scans worse.
            image.Interpolate = false;
            Page.DrawImage(image, Margin, _y, side, side);
        }

        var top = _y;
        var left = Margin + side + 16;
        foreach (var (text, bold) in beside)
        {
            var font = _fonts.Font(size, bold);
            foreach (var line in TextLines.Wrap(text, PageWidth - Margin - left, t => Page.MeasureString(t, font).Width))
            {
                Page.DrawString(line, font, XBrushes.Black, left, top, XStringFormats.TopLeft);
                top += LineHeight(font);
            }

            top += size * 0.4;
        }

        _y = Math.Max(_y + side, top);
    }

    public void Gap(double points) => _y += points;

    /// <summary>Writes a line of small text at the foot of every page, e.g. "Page 1 of 2"; the last thing drawn.</summary>
    public void Footers(Func<int, int, string> footer)
    {
        _page?.Dispose();
        _page = null;
        var font = _fonts.Font(8);
        for (var i = 0; i < _document.PageCount; i++)
        {
            using var page = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            page.DrawString(footer(i + 1, _document.PageCount), font, XBrushes.DimGray, Margin, Bottom + 16, XStringFormats.TopLeft);
        }
    }

    public byte[] ToPdf()
    {
        _page?.Dispose();
        _page = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _page?.Dispose();
        _document.Dispose();
    }

    private void Text(string text, XFont font, double left, double width)
    {
        foreach (var line in TextLines.Wrap(text, width, t => Page.MeasureString(t, font).Width))
        {
            Room(LineHeight(font));
            Page.DrawString(line, font, XBrushes.Black, left, _y, XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
    }

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private void Room(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _page?.Dispose();
        _pdfPage = _document.AddPage();
        _pdfPage.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(_pdfPage);
        _y = Margin;
    }
}
