using UglyToad.PdfPig;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>A PDF the hub printed, read back with PdfPig: each page's text, its web links and its images as PNG.</summary>
public sealed class PrintedPdf
{
    private PrintedPdf(IReadOnlyList<string> pages, IReadOnlyList<string> links, IReadOnlyList<byte[]> images, double rightmostText, double pageWidth)
    {
        Pages = pages;
        Links = links;
        Images = images;
        RightmostText = rightmostText;
        PageWidth = pageWidth;
    }

    public IReadOnlyList<string> Pages { get; }

    /// <summary>Every page's words, separated by spaces, in reading order of the content.</summary>
    public string Text => string.Join("\n", Pages);

    /// <summary>The text with every space and line break taken out: a long link wraps where the page ends, and reads
    /// back as two words.</summary>
    public string TextWithoutBreaks => string.Concat(Text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The URIs of the clickable links.</summary>
    public IReadOnlyList<string> Links { get; }

    public IReadOnlyList<byte[]> Images { get; }

    /// <summary>The right edge of the rightmost letter on any page, in points: text that did not wrap runs off the page.</summary>
    public double RightmostText { get; }

    public double PageWidth { get; }

    public static PrintedPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var links = new List<string>();
        var images = new List<byte[]>();
        var rightmost = 0d;
        var width = 0d;
        foreach (var page in document.GetPages())
        {
            pages.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
            links.AddRange(page.GetHyperlinks().Select(h => h.Uri).OfType<string>());
            foreach (var image in page.GetImages())
            {
                images.Add(image.TryGetPng(out var png) ? png : throw new InvalidOperationException($"PdfPig cannot turn an image of page {page.Number} into a PNG."));
            }

            rightmost = Math.Max(rightmost, page.Letters.Select(l => l.BoundingBox.Right).DefaultIfEmpty(0).Max());
            width = page.Width;
        }

        return new PrintedPdf(pages, links, images, rightmost, width);
    }
}
